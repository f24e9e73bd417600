const items = [
  { name: "keyboard", price: 49.9, qty: 1 },
  { name: "cable", price: 4.5, qty: 3 },
];

function total(list) {
  let sum = 0;
  for (const it of list) {
    sum += it.price * it.qty;
  }
  return Math.round(sum * 100) / 100;
}

console.log("total:", total(items));
