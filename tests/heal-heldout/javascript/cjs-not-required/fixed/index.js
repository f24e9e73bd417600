"use strict";

const { parseCsv } = require("./csv");

const DATA = `name,team,points
ana,red,12
ben,blue,7
cy,red,5`;

const totals = {};
for (const row of parseCsv(DATA)) {
  totals[row.team] = (totals[row.team] || 0) + Number(row.points);
}
console.log(totals);
