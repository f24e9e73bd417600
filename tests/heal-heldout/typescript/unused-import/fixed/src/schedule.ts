import { addDays, isoDate } from "./dates.js";

export function nextDays(start: Date, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(isoDate(addDays(start, i)));
  }
  return out;
}

console.log(nextDays(new Date(Date.UTC(2026, 11, 6)), 3));
