import test from "node:test";
import assert from "node:assert/strict";
import { percentile } from "../latency.js";

test("p50 and p90 of millisecond samples", () => {
  const ms = [120, 95, 8, 300, 45, 1000, 60, 75, 110, 9];
  assert.equal(percentile(ms, 50), 75);
  assert.equal(percentile(ms, 90), 300);
});
