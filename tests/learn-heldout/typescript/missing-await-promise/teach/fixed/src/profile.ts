import { fetchUser } from "./users.js";

function badge(plan: "free" | "pro"): string {
  return plan === "pro" ? "★" : "";
}

export async function profileHeader(id: number): Promise<string> {
  const user = await fetchUser(id);
  return `${user.name} ${badge(user.plan)}`.trim();
}

export async function headers(ids: number[]): Promise<string[]> {
  return Promise.all(ids.map(profileHeader));
}
