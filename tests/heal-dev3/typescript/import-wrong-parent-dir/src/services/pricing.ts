import type { Order, OrderLine } from "./types.js";

function lineCents(line: OrderLine): number {
  return line.quantity * line.unitCents;
}

export function orderTotalCents(order: Order): number {
  const gross = order.lines.reduce((sum, l) => sum + lineCents(l), 0);
  const discount = Math.round((gross * (order.couponPercent ?? 0)) / 100);
  return gross - discount;
}
