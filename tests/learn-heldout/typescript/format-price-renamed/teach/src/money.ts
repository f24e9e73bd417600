export type Currency = "EUR" | "USD" | "GBP";

const SYMBOLS: Record<Currency, string> = { EUR: "€", USD: "$", GBP: "£" };

/** Format integer cents as a price string. Was `formatPrice` before 2.0. */
export function formatCurrency(cents: number, currency: Currency = "EUR"): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = (abs % 100).toString().padStart(2, "0");
  return `${sign}${SYMBOLS[currency]}${whole}.${frac}`;
}

export function sumCents(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
