// Collects keys (document uris) and hands them over together once none came for `delayMs`
// (and at the latest `maxWaitMs` after the first): forwarding waits for a linter's burst of
// republishes to settle, but not for ever while someone types. Timers are injected so that
// tests control time.

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class KeyedDebouncer<K> {
  private readonly pending = new Set<K>();
  private timer: unknown;
  private deadline: unknown;

  constructor(
    private readonly delayMs: number,
    private readonly maxWaitMs: number,
    private readonly flush: (keys: K[]) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Adds keys; the flush comes `delayMs` after the last call, `maxWaitMs` after the first. */
  schedule(keys: Iterable<K>): void {
    for (const key of keys) this.pending.add(key);
    if (this.pending.size === 0) return;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.flushNow(), this.delayMs);
    if (this.deadline === undefined) {
      this.deadline = this.timers.setTimeout(() => this.flushNow(), this.maxWaitMs);
    }
  }

  /** Hands over what is pending at once. */
  flushNow(): void {
    this.stopTimers();
    if (this.pending.size === 0) return;
    const keys = [...this.pending];
    this.pending.clear();
    this.flush(keys);
  }

  dispose(): void {
    this.stopTimers();
    this.pending.clear();
  }

  private stopTimers(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    if (this.deadline !== undefined) this.timers.clearTimeout(this.deadline);
    this.timer = undefined;
    this.deadline = undefined;
  }
}
