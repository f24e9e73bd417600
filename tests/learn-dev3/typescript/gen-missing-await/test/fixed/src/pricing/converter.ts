import type { RateSource } from "./source.js";

export class Converter {
  constructor(private source: RateSource) {}

  async convert(amount: number, from: string, to: string): Promise<number> {
    const rates = await this.source.fetchRates(from);
    const rate = rates.get(to) ?? 1;
    return Math.round(amount * rate * 100) / 100;
  }
}
