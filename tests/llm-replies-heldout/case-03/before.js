'use strict';

const orders = [
  { id: 1, status: 'shipped', total: 40 },
  { id: 2, status: 'pending', total: 15 },
  { id: 3, status: 'shipped', total: 22 },
];

function summarize(list) {
  const byStatus = {};
  for (const order of list) {
    byStatus[order.status] = (byStatus[order.status] || 0) + 1;
  }
  return Object.entries(byStatuses)
    .map(([status, n]) => `${status}: ${n}`)
    .join('\n');
}

console.log(summarize(orders));
