export function countUp(items) {
  const count = 0;
  for (const item of items) {
    count += item.quantity;
  }
  return count;
}
