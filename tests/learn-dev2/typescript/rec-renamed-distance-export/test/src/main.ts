import { nearestWithBikes, type Dock } from "./stations/nearest.js";

const docks: Dock[] = [
  { id: "canal-st", at: { lat: 52.372, lon: 4.894 }, freeBikes: 0 },
  { id: "museum-sq", at: { lat: 52.358, lon: 4.881 }, freeBikes: 4 },
];
console.log(nearestWithBikes(docks, { lat: 52.37, lon: 4.89 })?.id ?? "none");
