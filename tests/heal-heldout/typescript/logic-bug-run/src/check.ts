import { chunk } from "./chunk.js";

const got = JSON.stringify(chunk([1, 2, 3, 4, 5], 2));
const want = JSON.stringify([[1, 2], [3, 4], [5]]);
if (got !== want) {
  console.error(`chunk: got ${got}, want ${want}`);
  throw new Error("self-check failed");
}
console.log("ok", got);
