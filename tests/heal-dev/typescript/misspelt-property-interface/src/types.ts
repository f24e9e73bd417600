export interface LineItem {
  sku: string;
  unitPrice: number;
  quantity: number;
  discountPct?: number;
}
