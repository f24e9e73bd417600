import { loadSettings, type Settings } from "./settings.js";

export interface RequestPlan {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

export function planRequest(s: Settings, resource: string, query: Record<string, string> = {}): RequestPlan {
  const qs = new URLSearchParams(query).toString();
  const url = `${s.apiUrl}/v2/${encodeURIComponent(resource)}${qs ? "?" + qs : ""}`;
  return { url, headers: { "user-agent": s.userAgent }, timeoutMs: s.timeoutMs };
}

export const defaultPlan = planRequest(loadSettings({}), "status");
