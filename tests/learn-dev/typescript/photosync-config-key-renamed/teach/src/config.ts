export interface SyncConfig {
  endpoint: string;
  /** renamed from maxRetries in config schema v3 */
  retryLimit: number;
  backoffMs: number;
}

export function describe(c: SyncConfig): string {
  return `${c.endpoint} x${c.retryLimit} (+${c.backoffMs}ms)`;
}
