import { overlaps } from "./ranges.js";

const cases: Array<[number, number, number, number, boolean]> = [
  [0, 10, 5, 15, true],
  [0, 10, 10, 20, false],
  [10, 20, 0, 10, false],
  [0, 10, 2, 3, true],
];
let failed = 0;
for (const [as, ae, bs, be, want] of cases) {
  const got = overlaps({ start: as, end: ae }, { start: bs, end: be });
  if (got !== want) {
    console.log(`overlaps([${as},${ae}), [${bs},${be})) = ${got}, want ${want}`);
    failed++;
  }
}
if (failed > 0) throw new Error(`${failed} failing cases`);
console.log("all ok");
