import { join } from "node:path";
import { existsSync } from "node:fs";

console.log(existsSync(join(__dirname, "main.mjs")));
