export interface Order {
  id: string;
  lines: { sku: string; qty: number }[];
}

export type OrderId = Order["id"];

export function emptyOrder(id: string): Order {
  return { id, lines: [] };
}
