import { orderTotalCents } from "./services/pricing.js";
import type { Order } from "./types.js";

const order: Order = {
  id: "A-1001",
  lines: [
    { sku: "mug", quantity: 2, unitCents: 850 },
    { sku: "tea", quantity: 1, unitCents: 1299 },
  ],
  couponPercent: 10,
};

console.log(`${order.id}: ${orderTotalCents(order)} cents`);
