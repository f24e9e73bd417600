export interface SyncConfig {
  endpoint: string;
  retryLimit: number;
  batchSize: number;
}

export const defaults: SyncConfig = {
  endpoint: "https://sync.invalid/v1",
  retryLimit: 3,
  batchSize: 50,
};
