export interface Order {
  id: string;
  customer: string;
  totalCents: number;
  shipped: boolean;
}
