export interface RetryOptions {
  attempts: number;
  baseMs: number;
}

export function delays(opts: RetryOptions): number[] {
  const started = Date.now();
  const out: number[] = [];
  for (let i = 0; i < opts.attempts; i++) {
    out.push(opts.baseMs * 2 ** i);
  }
  return out;
}

export async function retry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let last: unknown;
  for (const d of [0, ...delays(opts)]) {
    if (d > 0) await new Promise((r) => setTimeout(r, d));
    try {
      return await fn();
    } catch (e) {
      last = e;
    }
  }
  throw last;
}
