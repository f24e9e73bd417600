export interface LineItem {
  sku: string;
  qty: number;
  unitCents: number;
}

export function subtotal(items): number {
  let sum = 0;
  for (const item of items) {
    sum += item.qty * item.unitCents;
  }
  return sum;
}

export function withShipping(items: LineItem[], freeAboveCents = 5000): number {
  const s = subtotal(items);
  return s >= freeAboveCents ? s : s + 499;
}
