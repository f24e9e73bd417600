import { formatCurrency, formatPercent } from "./format.js";

const revenue = 1234567;
const growth = 0.0825;
console.log(`revenue ${formatCurrency(revenue, "EUR")}, growth ${formatPercent(growth)}`);
