const { test } = require("node:test");
const assert = require("node:assert/strict");
const { formatBytes, largest } = require("../units.js");

test("small sizes stay in bytes", () => {
  assert.equal(formatBytes(512), "512 B");
});

test("binary units", () => {
  assert.equal(formatBytes(1024), "1.0 KiB");
  assert.equal(formatBytes(5 * 1024 * 1024), "5.0 MiB");
  assert.equal(formatBytes(1000), "1000 B");
});

test("largest files first", () => {
  const files = [{ name: "a", size: 10 }, { name: "b", size: 300 }, { name: "c", size: 20 }];
  assert.deepEqual(largest(files, 2).map((f) => f.name), ["b", "c"]);
});
