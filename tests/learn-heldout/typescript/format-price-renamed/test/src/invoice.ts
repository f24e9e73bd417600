import { formatPrice } from "./money.js";

export interface InvoiceLine {
  description: string;
  cents: number;
}

export interface Invoice {
  number: string;
  customer: string;
  issued: Date;
  lines: InvoiceLine[];
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

export function renderInvoice(inv: Invoice): string {
  const out: string[] = [];
  out.push(`Invoice ${inv.number} for ${inv.customer}`);
  out.push(`Issued ${inv.issued.toISOString().slice(0, 10)}`);
  let total = 0;
  for (const line of inv.lines) {
    total += line.cents;
    out.push(`${pad(line.description, 30)}${formatPrice(line.cents, "USD")}`);
  }
  out.push(`${pad("Total", 30)}${formatPrice(total, "USD")}`);
  return out.join("\n");
}
