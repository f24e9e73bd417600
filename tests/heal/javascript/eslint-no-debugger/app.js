export function total(items) {
  let sum = 0;
  for (const item of items) {
    debugger;
    sum += item.price;
  }
  return sum;
}
