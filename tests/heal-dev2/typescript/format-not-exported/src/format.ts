export type Currency = "EUR" | "USD" | "GBP";

const SYMBOLS: Record<Currency, string> = { EUR: "€", USD: "$", GBP: "£" };

function formatCurrency(cents: number, currency: Currency): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${SYMBOLS[currency]}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
