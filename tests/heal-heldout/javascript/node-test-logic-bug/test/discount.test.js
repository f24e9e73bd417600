import { test } from "node:test";
import assert from "node:assert/strict";
import { discountPercent, priceAfterDiscount } from "../src/discount.js";

test("tiers start at their threshold", () => {
  assert.equal(discountPercent(99), 0);
  assert.equal(discountPercent(100), 5);
  assert.equal(discountPercent(500), 10);
  assert.equal(discountPercent(1000), 15);
});

test("price after discount", () => {
  assert.equal(priceAfterDiscount(200), 190);
});
