import { test } from "node:test";
import assert from "node:assert/strict";
import { chunk, batchUpload } from "../batch.js";

test("even split", () => {
  assert.deepEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]]);
});

test("last batch may be smaller", () => {
  assert.deepEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
});

test("every id is uploaded", () => {
  const seen = [];
  const sent = batchUpload(["a", "b", "c", "d", "e", "f", "g"], 3, (g) => seen.push(...g));
  assert.equal(sent, 7);
  assert.equal(seen.length, 7);
});
