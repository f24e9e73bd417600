import { formatPrice } from "./money.js";

export interface Cart {
  currency: string;
  lines: { sku: string; cents: number; qty: number }[];
}

export function cartSummary(cart: Cart): string {
  const total = cart.lines.reduce((sum, l) => sum + l.cents * l.qty, 0);
  return `${cart.lines.length} lines, total ${formatPrice(total)}`;
}
