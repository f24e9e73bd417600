export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

export interface Totals {
  subtotal: number;
  tax: number;
  currency: string;
}

export function receiptFooter(t: Totals): string[] {
  const total = t.subtotal + t.tax;
  return [
    `Subtotal: ${formatMoney(t.subtotal, t.currency)}`,
    `Tax:      ${formatMoney(t.tax, t.currency)}`,
    `Total:    ${formatMoney(total)}`,
  ];
}
