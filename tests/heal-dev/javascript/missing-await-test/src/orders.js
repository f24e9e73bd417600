const ORDERS = [
  { id: 1, status: "open", total: 40 },
  { id: 2, status: "shipped", total: 25 },
  { id: 3, status: "open", total: 12.5 },
];

export async function loadOrders() {
  await new Promise((r) => setTimeout(r, 5));
  return ORDERS.map((o) => ({ ...o }));
}

export async function openTotal() {
  const orders = loadOrders();
  return orders.filter((o) => o.status === "open").reduce((s, o) => s + o.total, 0);
}
