import { haversineKm, type Point } from "./geo.js";

const huts: Point[] = [
  { lat: 47.421, lon: 10.985 },
  { lat: 47.398, lon: 11.043 },
  { lat: 47.366, lon: 11.102 },
];

let total = 0;
for (let i = 1; i < huts.length; i++) {
  total += haversineKm(huts[i - 1], huts[i]);
}
console.log(`route length: ${total.toFixed(1)} km`);
