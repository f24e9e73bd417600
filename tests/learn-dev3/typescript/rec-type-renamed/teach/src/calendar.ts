import type { Reservation } from "./model.js";

export function longestStay(rs: Reservation[]): Reservation | undefined {
  let best: Reservation | undefined;
  for (const r of rs) if (!best || r.nights > best.nights) best = r;
  return best;
}
