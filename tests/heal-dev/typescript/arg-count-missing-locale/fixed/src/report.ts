import { formatDate } from "./format.js";

const events = [
  { name: "kick-off", at: new Date(Date.UTC(2026, 2, 3)) },
  { name: "beta", at: new Date(Date.UTC(2026, 5, 17)) },
];

console.log(formatDate(new Date(Date.UTC(2026, 0, 1)), "de-DE"));
for (const e of events) {
  console.log(`${e.name}: ${formatDate(e.at, "en-GB")}`);
}
