import { loadUser } from "./api.js";

export async function greeting(id: number): Promise<string> {
  const user = loadUser(id);
  return `Hello, ${user.name} <${user.email}>`;
}

greeting(2).then(console.log);
