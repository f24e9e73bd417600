import { argv } from "node:process";

const text = readFileSync(argv[1], "utf8");
console.log(text.length > 0);
