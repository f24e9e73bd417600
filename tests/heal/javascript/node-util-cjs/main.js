const fs = require("node:fs");

const stat = promisify(fs.stat);
stat(__filename).then((s) => console.log(s.isFile()));
