import { isOverdue } from "./invoice.js";

export function reminderText(inv: Invoice): string {
  const euros = (inv.amountCents / 100).toFixed(2);
  return `Dear ${inv.customer}, invoice ${inv.number} over ${euros} EUR is overdue.`;
}

export function reminders(invoices: Invoice[], today: Date): string[] {
  return invoices.filter((inv) => isOverdue(inv, today)).map(reminderText);
}
