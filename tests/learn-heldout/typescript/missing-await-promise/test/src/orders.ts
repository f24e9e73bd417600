export interface Order {
  id: string;
  customerId: number;
  totalCents: number;
  status: "open" | "shipped" | "cancelled";
}

export async function loadOrders(customerId: number): Promise<Order[]> {
  await new Promise((r) => setTimeout(r, 1));
  return [
    { id: "o-1", customerId, totalCents: 1299, status: "shipped" },
    { id: "o-2", customerId, totalCents: 450, status: "open" },
  ];
}
