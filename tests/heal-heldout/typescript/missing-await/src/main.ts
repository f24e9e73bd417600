import { loadUser } from "./users.js";

async function isAdmin(id: number): Promise<boolean> {
  const user = loadUser(id);
  return user.roles.includes("admin");
}

isAdmin(1).then((ok) => console.log("admin?", ok));
