/** Splits items into consecutive chunks of at most `size` elements. */
export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i + size < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
