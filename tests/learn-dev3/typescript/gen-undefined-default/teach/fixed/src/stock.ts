export function remaining(levels: Map<string, number>, sku: string, qty: number): number {
  const have = levels.get(sku) ?? 0;
  return have - qty;
}
