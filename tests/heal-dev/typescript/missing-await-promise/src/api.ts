export interface User {
  id: number;
  name: string;
  email: string;
}

const DB: User[] = [
  { id: 1, name: "Grace", email: "grace@example.com" },
  { id: 2, name: "Linus", email: "linus@example.com" },
];

export async function loadUser(id: number): Promise<User> {
  await new Promise((r) => setTimeout(r, 5));
  const u = DB.find((x) => x.id === id);
  if (!u) throw new Error(`user ${id} not found`);
  return u;
}
