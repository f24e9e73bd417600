import { createLogger, type Logger } from "./logger.js";

export class TtlCache<V> {
  private entries = new Map<string, { value: V; expires: number }>();
  private readonly log: Logger;

  constructor(private readonly ttlMs: number, name = "cache") {
    this.log = createLogger(name);
  }

  set(key: string, value: V, now = Date.now()): void {
    this.entries.set(key, { value, expires: now + this.ttlMs });
  }

  get(key: string, now = Date.now()): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= now) {
      this.log.log("debug", `expired ${key}`);
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }
}
