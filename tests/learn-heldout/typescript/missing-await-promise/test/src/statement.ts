import { loadOrders, type Order } from "./orders.js";

function euros(cents: number): string {
  return (cents / 100).toFixed(2);
}

export interface Statement {
  customerId: number;
  lines: string[];
  openCents: number;
}

export async function buildStatement(customerId: number): Promise<Statement> {
  const orders = loadOrders(customerId);
  const lines = orders
    .filter((o: Order) => o.status !== "cancelled")
    .map((o: Order) => `${o.id}  ${o.status.padEnd(9)} ${euros(o.totalCents)}`);
  const openCents = orders
    .filter((o: Order) => o.status === "open")
    .reduce((sum: number, o: Order) => sum + o.totalCents, 0);
  return { customerId, lines, openCents };
}
