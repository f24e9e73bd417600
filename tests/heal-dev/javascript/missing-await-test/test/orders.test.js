import assert from "node:assert/strict";
import { test } from "node:test";
import { openTotal } from "../src/orders.js";

test("sums open orders", async () => {
  assert.equal(await openTotal(), 52.5);
});
