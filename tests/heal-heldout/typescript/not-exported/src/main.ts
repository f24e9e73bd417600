import { convert, formatMoney } from "./money.js";

const price = 120;
for (const cur of ["USD", "GBP"]) {
  console.log(formatMoney(convert(price, "EUR", cur), cur));
}
