import { config } from "./config.js";

export interface Route {
  method: "GET" | "POST";
  path: string;
}

export const routes: Route[] = [
  { method: "GET", path: "/health" },
  { method: "GET", path: "/items" },
  { method: "POST", path: "/items" },
];

export function describe(): string {
  const lines = routes.map((r) => `${r.method.padEnd(5)}${r.path}`);
  return [`listening on :${config.port}`, ...lines].join("\n");
}
