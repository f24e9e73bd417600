import { loadSettings } from "./settings.js";

export interface HealthReport {
  target: string;
  ok: boolean;
  checkedAt: string;
}

const settings = loadSettings({ TIMEOUT_MS: "1000" });

export function healthTarget(): string {
  return new URL("/healthz", settings.apiBaseUrl).toString();
}

export function report(ok: boolean, now: Date): HealthReport {
  return { target: healthTarget(), ok, checkedAt: now.toISOString() };
}
