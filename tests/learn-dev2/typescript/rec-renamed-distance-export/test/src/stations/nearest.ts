import type { Point } from "../geo.js";
import { haversineKm } from "../geo.js";

export interface Dock {
  id: string;
  at: Point;
  freeBikes: number;
}

export function nearestWithBikes(docks: Dock[], me: Point): Dock | undefined {
  let best: Dock | undefined;
  let bestKm = Infinity;
  for (const d of docks) {
    if (d.freeBikes === 0) continue;
    const km = haversineKm(me, d.at);
    if (km < bestKm) {
      best = d;
      bestKm = km;
    }
  }
  return best;
}
