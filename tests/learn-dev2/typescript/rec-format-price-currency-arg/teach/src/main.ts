import { cartSummary } from "./cart.js";

console.log(cartSummary({ currency: "EUR", lines: [{ sku: "tea-01", cents: 349, qty: 2 }] }));
