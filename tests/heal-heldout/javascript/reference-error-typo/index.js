const orders = [
  { id: 1, status: "shipped", total: 42.5 },
  { id: 2, status: "pending", total: 13.0 },
  { id: 3, status: "shipped", total: 7.25 },
];

function revenueByStatus(list) {
  const byStatus = {};
  for (const order of list) {
    byStatus[order.status] = (byStatus[order.status] ?? 0) + order.total;
  }
  return byStatus;
}

const revenue = revenueByStatus(orders);
for (const [status, sum] of Object.entries(revenu)) {
  console.log(`${status.padEnd(8)} ${sum.toFixed(2)}`);
}
