export interface OrderLine {
  sku: string;
  quantity: number;
  unitCents: number;
}

export interface Order {
  id: string;
  lines: OrderLine[];
  couponPercent?: number;
}
