import type { SyncConfig } from "./config.js";

export const PROFILES: Record<string, SyncConfig> = {
  laptop: { endpoint: "http://nas.local:8080", retryLimit: 2, backoffMs: 100 },
  phone: { endpoint: "http://nas.local:8080", maxRetries: 8, backoffMs: 1500 },
};
