import { priceWithTax } from "./pricing.js";

const basket = [
  { item: "book", net: 12.0, rate: 0.0 },
  { item: "lamp", net: 30.0, rate: 0.2 },
];

let total = 0;
for (const line of basket) {
  total += priceWithTax(line.net, line.rate);
}
const shipping = priceWithTax(4.5, 0.2);
total += shipping;
console.log(`total ${total.toFixed(2)}`);
if (!Number.isFinite(total)) throw new Error("total is not a number");
