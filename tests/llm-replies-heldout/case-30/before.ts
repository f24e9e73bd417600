import { addDays, formatDate } from "./dates";
import { parseDate } from "./dates";

export interface Entry {
  day: Date;
  hours: number;
}

export function weekRows(start: Date, entries: Entry[]): string[] {
  const rows: string[] = [];
  for (let i = 0; i < 7; i++) {
    const day = addDays(start, i);
    const hours = entries
      .filter((e) => formatDate(e.day) === formatDate(day))
      .reduce((sum, e) => sum + e.hours, 0);
    rows.push(`${formatDate(day)}  ${hours.toFixed(1)}h`);
  }
  return rows;
}
