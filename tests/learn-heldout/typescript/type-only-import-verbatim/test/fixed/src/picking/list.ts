import { type Order, emptyOrder } from "../model/order.js";

export function pickList(orders: Order[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const o of orders) {
    for (const l of o.lines) {
      totals.set(l.sku, (totals.get(l.sku) ?? 0) + l.qty);
    }
  }
  return totals;
}

export function ensure(orders: Order[], id: string): Order {
  return orders.find((o) => o.id === id) ?? emptyOrder(id);
}
