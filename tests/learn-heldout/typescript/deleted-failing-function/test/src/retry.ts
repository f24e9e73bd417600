export interface CliFlags {
  [flag: string]: string | undefined;
}

export interface RetryPolicy {
  attempts: number;
  delayMs: number;
}

export function retryPolicy(flags: CliFlags): RetryPolicy {
  const attempts: number = flags["retries"] ?? "3";
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`--retries must be a positive integer, got ${flags["retries"]}`);
  }
  return { attempts, delayMs: 200 };
}

export function describePolicy(p: RetryPolicy): string {
  return `${p.attempts} attempt(s), ${p.delayMs}ms apart`;
}
