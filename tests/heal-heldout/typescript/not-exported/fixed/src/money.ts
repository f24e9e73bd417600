const RATES: Record<string, number> = { EUR: 1, USD: 1.08, GBP: 0.86 };

export function convert(amount: number, from: string, to: string): number {
  const a = RATES[from];
  const b = RATES[to];
  if (a === undefined || b === undefined) {
    throw new Error(`unknown currency ${from} or ${to}`);
  }
  return Math.round((amount / a) * b * 100) / 100;
}

export function formatMoney(amount: number, currency: string): string {
  return `${amount.toFixed(2)} ${currency}`;
}
