export const GRAMS_PER_CUP = 120;

export function toGrams(cups: number): number {
  return cups * GRAMS_PER_CUP;
}

export function roundTo(n: number, step: number): number {
  return Math.round(n / step) * step;
}
