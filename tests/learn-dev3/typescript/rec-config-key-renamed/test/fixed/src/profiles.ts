import { defaults, type SyncConfig } from "./config.js";

export const bulk: SyncConfig = {
  endpoint: defaults.endpoint,
  retryLimit: 10,
  batchSize: 500,
};

export function describe(cfg: SyncConfig): string {
  return `${cfg.endpoint} x${cfg.batchSize}`;
}
