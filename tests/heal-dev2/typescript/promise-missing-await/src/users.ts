export interface User {
  id: number;
  name: string;
  email: string;
}

const DB: User[] = [
  { id: 1, name: "Ada", email: "ada@example.com" },
  { id: 2, name: "Linus", email: "linus@example.com" },
];

export async function findUser(id: number): Promise<User> {
  const u = DB.find((x) => x.id === id);
  if (!u) throw new Error(`no user ${id}`);
  return u;
}

export async function greeting(id: number): Promise<string> {
  const user = findUser(id);
  return `Hello, ${user.name} <${user.email}>`;
}
