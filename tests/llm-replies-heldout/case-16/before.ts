const MS_PER_DAY = 24 * 60 * 60 * 1000;

export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / MS_PER_DAY);
}

export interface Subscription {
  plan: "monthly" | "yearly";
  startedAt: string; // ISO 8601 from the API
}

export function daysActive(sub: Subscription, now: Date = new Date()): number {
  return daysBetween(sub.startedAt, now);
}

export function isTrial(sub: Subscription, now?: Date): boolean {
  return daysActive(sub, now) < 14;
}
