import { platform } from "node:os";

const { version } = require("./package.json");
console.log(platform().length > 0, version);
