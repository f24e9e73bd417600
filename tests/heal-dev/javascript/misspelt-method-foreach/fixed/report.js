"use strict";

const sales = [
  { region: "north", rep: "ines", amount: 1200 },
  { region: "south", rep: "omar", amount: 850 },
  { region: "north", rep: "pia", amount: 430 },
  { region: "east", rep: "omar", amount: 990 },
];

function byKey(rows, key) {
  const out = {};
  rows.forEach((row) => {
    out[row[key]] = (out[row[key]] || 0) + row.amount;
  });
  return out;
}

const regions = byKey(sales, "region");
const reps = byKey(sales, "rep");
console.log(regions, reps);
if (regions.north !== 1630 || reps.omar !== 1840) {
  throw new Error("totals are wrong");
}
