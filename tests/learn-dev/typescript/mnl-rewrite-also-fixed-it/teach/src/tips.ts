export interface Shift {
  barista: string;
  hours: string;
}

export function split(pot: number, shifts: Shift[]): Map<string, number> {
  const totalHours: number = shifts.reduce((a, s) => a + s.hours, 0);
  const out = new Map<string, number>();
  for (const s of shifts) {
    out.set(s.barista, (pot * Number(s.hours)) / totalHours);
  }
  return out;
}
