export interface Invoice {
  number: string;
  customer: string;
  amountCents: number;
  dueDate: Date;
  paid: boolean;
}

export function isOverdue(inv: Invoice, today: Date): boolean {
  return !inv.paid && inv.dueDate.getTime() < today.getTime();
}
