import type { TableRow } from "./table.js";

export interface Order {
  id: number;
  customer: string;
  status: "open" | "shipped";
}

export function toRows(orders: Order[]): TableRow[] {
  return orders.map((order) => {
    const row: TableRow = {
      key: String(order.id),
      cells: [order.customer, order.status],
    };
    return row;
  });
}
