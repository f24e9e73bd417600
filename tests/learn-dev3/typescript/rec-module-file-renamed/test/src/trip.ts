import { routeLength } from "./geo/route.js";
import { haversine, type LatLon } from "./geo/coords.js";

export interface Trip {
  stops: LatLon[];
}

export function detourKm(trip: Trip): number {
  const first = trip.stops[0];
  const last = trip.stops[trip.stops.length - 1];
  if (!first || !last) return 0;
  return routeLength(trip.stops) - haversine(first, last);
}
