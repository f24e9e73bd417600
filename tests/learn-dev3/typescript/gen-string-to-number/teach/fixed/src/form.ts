export interface OrderForm {
  sku: string;
  qty: string;
}

export function quantity(form: OrderForm): number {
  const n: number = Number(form.qty);
  return n > 0 ? n : 1;
}
