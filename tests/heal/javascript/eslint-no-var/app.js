export function sum(values) {
  var total = 0;
  for (const v of values) total += v;
  return total;
}
