const assert = require("node:assert/strict");
const { test } = require("node:test");
const { dedupe } = require("../src/contacts");

test("dedupes by e-mail", () => {
  const out = dedupe([
    { email: "Zoe@Example.com", phone: "07700 900123" },
    { email: " zoe@example.com", phone: "+447700900123" },
    { email: "max@example.com", phone: "020 7946 0000" },
  ]);
  assert.equal(out.length, 2);
  assert.equal(out[0].email, "zoe@example.com");
  assert.equal(out[1].phone, "+442079460000");
});
