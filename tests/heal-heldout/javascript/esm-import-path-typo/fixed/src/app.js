import { fromCents, toCents } from "./util/money.js";

const items = ["19.99", "0.10", "0.20"];
const total = items.map(toCents).reduce((a, b) => a + b, 0);
console.log(`total: ${fromCents(total)}`);
