"use strict";

function normalizeTags(input) {
  return input
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter((t, i, all) => t && all.indexOf(t) === i);
}

const tags = normalizeTags("Node, JS , node,  ,Testing");
console.log(tags.join(" | "));
if (tags.length !== 3) process.exit(1);
