const { PriorityQueue } = require("./queue");

function runAll(jobs) {
  const queue = new PriorityQueue((a, b) => b.priority - a.priority);
  for (const job of jobs) queue.push(job);
  const order = [];
  while (queue.size > 0) order.push(queue.pop().name);
  return order;
}

const order = runAll([
  { name: "send-invoices", priority: 2 },
  { name: "rotate-logs", priority: 1 },
  { name: "page-oncall", priority: 9 },
]);
console.log(order.join(", "));
