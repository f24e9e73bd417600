import { formatDate } from "./dates";
import { parseDate } from "./dates";

export interface InvoiceLine {
  description: string;
  amountCents: number;
}

export interface Invoice {
  number: string;
  issuedAt: Date;
  lines: InvoiceLine[];
}

export function invoiceTotal(inv: Invoice): number {
  return inv.lines.reduce((sum, l) => sum + l.amountCents, 0);
}

export function invoiceHeader(inv: Invoice): string {
  return `Invoice ${inv.number} — ${formatDate(inv.issuedAt)}`;
}
