import { addDays, isoDay } from "./lib/date.js";

export interface Visit {
  page: string;
  at: Date;
}

export function dailyCounts(visits: Visit[], start: Date, days: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < days; i++) {
    counts.set(isoDay(addDays(start, i)), 0);
  }
  for (const v of visits) {
    const key = isoDay(v.at);
    const current = counts.get(key);
    if (current !== undefined) {
      counts.set(key, current + 1);
    }
  }
  return counts;
}
