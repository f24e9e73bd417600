export function range() {
  let low = 1, high = 2;
  high++;
  return [low, high];
}
