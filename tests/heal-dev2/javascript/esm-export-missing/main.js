import { daysBetween, formatDate } from "./dates.js";

const start = new Date(Date.UTC(2026, 0, 15));
const end = new Date(Date.UTC(2026, 2, 1));
console.log(`${formatDate(start)} -> ${formatDate(end)}: ${daysBetween(start, end)} days`);
