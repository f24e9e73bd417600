"use strict";

function parseCsv(text) {
  const [header, ...rows] = text.trim().split("\n");
  const keys = header.split(",");
  return rows.map((row) => {
    const cells = row.split(",");
    return Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
  });
}

module.exports = { parseCsv };
