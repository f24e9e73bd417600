import assert from "node:assert/strict";
import { test } from "node:test";
import { page, pageCount } from "../src/paginate.js";

const items = Array.from({ length: 23 }, (_, i) => i + 1);

test("page count", () => {
  assert.equal(pageCount(23, 10), 3);
  assert.equal(pageCount(20, 10), 2);
  assert.equal(pageCount(0, 10), 0);
});

test("last page is partial", () => {
  assert.deepEqual(page(items, 3, 10), [21, 22, 23]);
});
