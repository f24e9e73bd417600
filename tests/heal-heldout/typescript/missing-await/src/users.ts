export interface User {
  id: number;
  name: string;
  roles: string[];
}

const DB: User[] = [
  { id: 1, name: "ana", roles: ["admin"] },
  { id: 2, name: "ben", roles: [] },
];

export async function loadUser(id: number): Promise<User> {
  await new Promise((r) => setTimeout(r, 5));
  const u = DB.find((x) => x.id === id);
  if (!u) throw new Error(`no user ${id}`);
  return u;
}
