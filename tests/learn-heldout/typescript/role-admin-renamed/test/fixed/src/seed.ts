import { Role, type Member } from "./roles.js";

export const seedMembers: Member[] = [
  { name: "alice", role: Role.Administrator },
  { name: "bob", role: Role.Editor },
  { name: "carol", role: Role.Viewer },
];

export function admins(members: Member[]): string[] {
  return members.filter((m) => m.role === Role.Administrator).map((m) => m.name);
}
