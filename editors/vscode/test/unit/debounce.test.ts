// The forwarding debounce: keys gathered over a burst, one flush after the quiet period, at the
// latest after the longest wait.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { KeyedDebouncer, Timers } from '../../src/debounce';

/** Timers on a clock the test moves. */
class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, timer]) => timer.at <= until)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
}

test('a burst is flushed once, 300 ms after its last change, with every key once', () => {
  const timers = new FakeTimers();
  const flushed: string[][] = [];
  const debouncer = new KeyedDebouncer<string>(300, 1500, (keys) => flushed.push(keys), timers);
  debouncer.schedule(['a']);
  timers.advance(200);
  debouncer.schedule(['b', 'a']);
  timers.advance(299);
  assert.deepEqual(flushed, []);
  timers.advance(1);
  assert.deepEqual(flushed, [['a', 'b']]);
  timers.advance(5000);
  assert.equal(flushed.length, 1);
});

test('changes that never stop are still flushed after the longest wait', () => {
  const timers = new FakeTimers();
  const flushed: string[][] = [];
  const debouncer = new KeyedDebouncer<string>(300, 1500, (keys) => flushed.push(keys), timers);
  for (let i = 0; i < 10; i++) {
    debouncer.schedule([`k${i % 2}`]);
    timers.advance(200);
  }
  assert.deepEqual(flushed[0], ['k0', 'k1']);
  assert.equal(timers.now >= 1500, true);
});

test('nothing scheduled, nothing flushed; dispose drops what is pending', () => {
  const timers = new FakeTimers();
  const flushed: string[][] = [];
  const debouncer = new KeyedDebouncer<string>(300, 1500, (keys) => flushed.push(keys), timers);
  debouncer.schedule([]);
  debouncer.flushNow();
  debouncer.schedule(['a']);
  debouncer.dispose();
  timers.advance(5000);
  assert.deepEqual(flushed, []);
});
