"use strict";

// Parses "key=value; key2=value2" into an object.
function parseKv(line) {
  const out = {};
  for (const part of line.split(";")) {
    const [k, ...rest] = part.split("=");
    if (k.trim()) out[k.trim()] = rest.join("=").trim();
  }
  return out;
}

module.exports = { parseKv };
