const PER_KG: Record<string, number> = { A: 1.5, B: 2.25 };

export function surcharge(kg: number, zone: string): number {
  return kg * (PER_KG[zone] ?? 4);
}
