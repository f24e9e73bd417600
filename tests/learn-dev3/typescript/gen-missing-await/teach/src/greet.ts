import { loadUser } from "./users.js";

export async function greet(id: number): Promise<string> {
  const user = loadUser(id);
  return `Hello, ${user.name}`;
}
