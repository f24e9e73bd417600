"use strict";
const os = require("node:os");

console.log(path.join(os.tmpdir(), "cache"));
