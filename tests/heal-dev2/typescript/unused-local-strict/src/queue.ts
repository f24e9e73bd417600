export class JobQueue<T> {
  private items: T[] = [];

  push(item: T): void {
    this.items.push(item);
  }

  drain(limit: number): T[] {
    const started = Date.now();
    const batch = this.items.slice(0, limit);
    this.items = this.items.slice(limit);
    return batch;
  }

  get size(): number {
    return this.items.length;
  }
}
