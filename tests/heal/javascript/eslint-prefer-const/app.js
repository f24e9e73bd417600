export function limitOf(items) {
  let limit = items.length * 2;
  return limit;
}
