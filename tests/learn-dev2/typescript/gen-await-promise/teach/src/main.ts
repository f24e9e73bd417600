import { fetchUser } from "./users.js";

async function greeting(id: number): Promise<string> {
  const user = fetchUser(id);
  return `Welcome back, ${user.name}!`;
}

greeting(12).then(console.log);
