import { Role, type Member } from "./roles.js";

export type Action = "read" | "write" | "delete" | "invite";

const ALLOWED: Record<Action, Role[]> = {
  read: [Role.Viewer, Role.Editor, Role.Administrator],
  write: [Role.Editor, Role.Administrator],
  delete: [Role.Administrator],
  invite: [Role.Administrator],
};

export function can(member: Member, action: Action): boolean {
  return ALLOWED[action].includes(member.role);
}

export function assertCan(member: Member, action: Action): void {
  if (!can(member, action)) {
    throw new Error(`${member.name} (${member.role}) may not ${action}`);
  }
}
