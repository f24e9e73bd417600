import { type SyncConfig } from "./config.js";

export function backoffSchedule(cfg: SyncConfig): number[] {
  const delays: number[] = [];
  for (let attempt = 1; attempt <= cfg.retryLimit; attempt++) {
    delays.push(2 ** attempt * 100);
  }
  return delays;
}
