import { daysBetween, isoDay } from "../lib/date.js";

export interface Subscription {
  id: string;
  startedAt: Date;
  renewsAt: Date;
}

export interface StatusResponse {
  id: string;
  started: string;
  daysLeft: number;
  expired: boolean;
}

export function subscriptionStatus(sub: Subscription, now: Date): StatusResponse {
  const daysLeft = daysBetween(now, sub.renewsAt);
  return {
    id: sub.id,
    started: isoDay(sub.startedAt),
    daysLeft: Math.max(0, daysLeft),
    expired: daysLeft < 0,
  };
}

export function listStatuses(subs: Subscription[], now: Date): StatusResponse[] {
  return subs.map((s) => subscriptionStatus(s, now)).sort((a, b) => a.daysLeft - b.daysLeft);
}
