export interface LineItem {
  description: string;
  quantity: number;
  unitPrice: number;
}

export interface Invoice {
  number: string;
  lineItems: LineItem[];
  taxRate: number;
}

export function invoiceTotal(inv: Invoice): number {
  const net = inv.lineItems.reduce((s, li) => s + li.quantity * li.unitPrice, 0);
  return Math.round(net * (1 + inv.taxRate) * 100) / 100;
}
