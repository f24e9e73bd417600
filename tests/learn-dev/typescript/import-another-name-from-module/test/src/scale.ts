import { toGrams } from "./units.js";

export function flourFor(servings: number): number {
  const cups = 0.75 * servings;
  return roundTo(toGrams(cups), 5);
}
