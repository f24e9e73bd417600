import { surcharge } from "./rates.js";

export interface CsvRow {
  parcel: string;
  weight: string;
  zone: string;
}

export function fees(rows: CsvRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) out.set(row.parcel, surcharge(Number(row.weight), row.zone));
  return out;
}
