import { Role, type Member } from "./roles.js";

export const seedMembers: Member[] = [
  { name: "alice", role: Role.Admin },
  { name: "bob", role: Role.Editor },
  { name: "carol", role: Role.Viewer },
];

export function admins(members: Member[]): string[] {
  return members.filter((m) => m.role === Role.Admin).map((m) => m.name);
}
