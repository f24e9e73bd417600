import test from "node:test";
import assert from "node:assert/strict";
import { billingPeriod } from "../period.js";

test("period is YYYY-MM with January = 01", () => {
  assert.equal(billingPeriod(new Date(Date.UTC(2026, 0, 31))), "2026-01");
  assert.equal(billingPeriod(new Date(Date.UTC(2026, 11, 1))), "2026-12");
});
