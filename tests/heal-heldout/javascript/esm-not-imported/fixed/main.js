import { daysBetween, formatDate } from "./dates.js";

const start = new Date(Date.UTC(2026, 10, 20));
const end = new Date(Date.UTC(2026, 11, 6));
console.log(`from ${formatDate(start)} to ${formatDate(end)}: ${daysBetween(start, end)} days`);
