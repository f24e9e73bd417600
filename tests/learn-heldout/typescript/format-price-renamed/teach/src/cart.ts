import { formatPrice, sumCents, type Currency } from "./money.js";

export interface CartItem {
  sku: string;
  title: string;
  unitCents: number;
  qty: number;
}

export class Cart {
  private items = new Map<string, CartItem>();

  constructor(private readonly currency: Currency = "EUR") {}

  add(item: CartItem): this {
    const existing = this.items.get(item.sku);
    if (existing) {
      existing.qty += item.qty;
    } else {
      this.items.set(item.sku, { ...item });
    }
    return this;
  }

  remove(sku: string): boolean {
    return this.items.delete(sku);
  }

  totalCents(): number {
    return sumCents([...this.items.values()].map((i) => i.unitCents * i.qty));
  }

  summary(): string[] {
    const lines = [...this.items.values()].map(
      (i) => `${i.qty} x ${i.title}  ${formatPrice(i.unitCents * i.qty, this.currency)}`,
    );
    lines.push(`total  ${formatPrice(this.totalCents(), this.currency)}`);
    return lines;
  }
}
