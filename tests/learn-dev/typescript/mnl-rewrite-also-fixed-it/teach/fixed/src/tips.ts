export type Shift = Readonly<{ barista: string; hours: string }>;

export class TipPool {
  private readonly shifts: Shift[] = [];

  constructor(private readonly pot: number) {}

  add(shift: Shift): this {
    this.shifts.push(shift);
    return this;
  }

  private hoursOf(s: Shift): number {
    const h = Number.parseFloat(s.hours);
    return Number.isFinite(h) ? h : 0;
  }

  shares(): Map<string, number> {
    let total = 0;
    for (const s of this.shifts) total += this.hoursOf(s);
    const out = new Map<string, number>();
    for (const s of this.shifts) {
      const prev = out.get(s.barista) ?? 0;
      out.set(s.barista, prev + (total === 0 ? 0 : (this.pot * this.hoursOf(s)) / total));
    }
    return out;
  }
}

export function split(pot: number, shifts: Shift[]): Map<string, number> {
  const pool = new TipPool(pot);
  shifts.forEach((s) => pool.add(s));
  return pool.shares();
}
