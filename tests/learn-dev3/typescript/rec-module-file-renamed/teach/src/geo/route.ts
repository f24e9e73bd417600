import { haversine, type LatLon } from "./coords.js";

export function routeLength(points: LatLon[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += haversine(points[i - 1]!, points[i]!);
  return total;
}
