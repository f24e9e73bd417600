import type { Order } from "./models.js";

export function backlog(orders: Order[]): Order[] {
  return orders.filter((o) => !o.shipped).sort((a, b) => b.totalCents - a.totalCents);
}

export function backlogValue(orders: Order[]): number {
  return backlog(orders).reduce((sum, o) => sum + o.totalCents, 0);
}
