import { loadUser } from "./users.js";

export async function greet(id: number): Promise<string> {
  const user = await loadUser(id);
  return `Hello, ${user.name}`;
}
