export interface OrderForm {
  sku: string;
  qty: string;
}

export function quantity(form: OrderForm): number {
  const n: number = form.qty;
  return n > 0 ? n : 1;
}
