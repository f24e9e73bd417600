const RATES: Record<string, number> = { NL: 0.21, DE: 0.19, FR: 0.2 };

export function taxRate(country: string): number {
  return RATES[country] ?? 0;
}
