import { formatPrice } from "./formating.js";

const prices = [1999, 5, -250, 100000];
for (const p of prices) {
  console.log(formatPrice(p));
}
