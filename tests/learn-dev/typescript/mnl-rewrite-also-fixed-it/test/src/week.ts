export type Day = { date: string; minutes: string };

export function totalHours(days: Day[]): number {
  const minutes: number = days.reduce((acc, d) => acc + d.minutes, 0);
  return minutes / 60;
}

export function overtime(days: Day[], contract: number): number {
  return Math.max(0, totalHours(days) - contract);
}
