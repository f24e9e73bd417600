import { config } from "./config.js";

export function url(path: string): string {
  return `${config.apiBaseUrl}/${path.replace(/^\//, "")}`;
}

export function backoff(attempt: number): number {
  return Math.min(30_000, 250 * 2 ** attempt);
}

export function plan(path: string): string[] {
  const steps: string[] = [];
  for (let i = 0; i < config.retries; i++) {
    steps.push(`${url(path)} after ${backoff(i)}ms`);
  }
  return steps;
}
