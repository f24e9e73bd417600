export interface User {
  id: number;
  name: string;
  plan: "free" | "pro";
}

const TABLE: User[] = [
  { id: 1, name: "Ada", plan: "pro" },
  { id: 2, name: "Bob", plan: "free" },
];

export async function fetchUser(id: number): Promise<User> {
  await new Promise((r) => setTimeout(r, 1));
  const u = TABLE.find((x) => x.id === id);
  if (!u) throw new Error(`no user ${id}`);
  return u;
}
