export enum Role {
  Viewer = "viewer",
  Editor = "editor",
  /** formerly Role.Admin */
  Administrator = "administrator",
}

export interface Member {
  name: string;
  role: Role;
}
