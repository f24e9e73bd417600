import type { LineItem } from "./types.js";

export function lineTotal(item: LineItem): number {
  const gross = item.unitPrice * item.quantity;
  const discount = item.discountPct ?? 0;
  return Math.round(gross * (100 - discount)) / 100;
}

export function cartTotal(items: LineItem[]): number {
  return items.reduce((sum, it) => sum + lineTotal(it), 0);
}

console.log(cartTotal([
  { sku: "A-1", unitPrice: 12.5, quantity: 4 },
  { sku: "B-7", unitPrice: 99, quantity: 1, discountPct: 15 },
]));
