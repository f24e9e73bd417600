import type { Invoice } from "./invoice.js";
import { reminders } from "./reminders.js";

const invoices: Invoice[] = [
  { number: "2026-14", customer: "Acme", amountCents: 120000, dueDate: new Date("2026-11-01"), paid: false },
  { number: "2026-15", customer: "Globex", amountCents: 9900, dueDate: new Date("2026-11-20"), paid: true },
];

for (const line of reminders(invoices, new Date("2026-12-07"))) {
  console.log(line);
}
