import { createLogger } from "./logger.js";

const log = createLogger("queue", "info");

export class JobQueue<T> {
  private jobs: T[] = [];
  private running = false;

  push(job: T): number {
    this.jobs.push(job);
    log.log("debug", `queued, ${this.jobs.length} waiting`);
    return this.jobs.length;
  }

  async drain(worker: (job: T) => Promise<void>): Promise<number> {
    if (this.running) {
      log.log("warn", "drain already running");
      return 0;
    }
    this.running = true;
    let done = 0;
    try {
      while (this.jobs.length > 0) {
        const job = this.jobs.shift() as T;
        await worker(job);
        done++;
      }
    } finally {
      this.running = false;
    }
    log.log("info", `drained ${done} jobs`);
    return done;
  }
}
