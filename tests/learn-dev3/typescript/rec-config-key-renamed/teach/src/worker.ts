import { type SyncConfig } from "./config.js";

export function backoffSchedule(cfg: SyncConfig): number[] {
  const delays: number[] = [];
  for (let attempt = 1; attempt <= cfg.maxRetries; attempt++) {
    delays.push(2 ** attempt * 100);
  }
  return delays;
}
