export function pageCount(total, perPage) {
  return Math.ceil(total / perPage);
}

export function page(items, n, perPage) {
  if (n < 1 || n > pageCount(items.length, perPage)) return [];
  return items.slice((n - 1) * perPage, n * perPage);
}
