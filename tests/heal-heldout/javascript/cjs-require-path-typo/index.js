"use strict";

const { parseKv } = require("./lib/parsre");

const cookie = "session=abc123; theme=dark; token=a=b";
const parsed = parseKv(cookie);
console.log(parsed);
if (parsed.token !== "a=b") process.exit(1);
