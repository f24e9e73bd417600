export interface RateSource {
  fetchRates(base: string): Promise<Map<string, number>>;
}
