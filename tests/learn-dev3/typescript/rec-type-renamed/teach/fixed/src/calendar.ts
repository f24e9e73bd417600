import type { Booking } from "./model.js";

export function longestStay(rs: Booking[]): Booking | undefined {
  let best: Booking | undefined;
  for (const r of rs) if (!best || r.nights > best.nights) best = r;
  return best;
}
