export interface LineItem {
  sku: string;
  qty: number;
  unitCents: number;
}

export function cartTotal(items: LineItem[], discountPercent = 0): number {
  let subtotalCents = 0;
  for (const item of items) {
    subtotalCents += item.qty * item.unitCents;
  }
  const discount = Math.round((subtotalCents * discountPercent) / 100);
  return subtotalCent - discount;
}

console.log(cartTotal([{ sku: "A1", qty: 2, unitCents: 499 }], 10));
