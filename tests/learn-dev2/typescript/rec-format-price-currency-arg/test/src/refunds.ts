import { formatPrice } from "./money.js";

export interface Refund {
  orderId: string;
  currency: string;
  cents: number;
  reason: "damaged" | "late" | "other";
}

export function refundNotice(r: Refund): string {
  const amount = formatPrice(-r.cents);
  switch (r.reason) {
    case "damaged":
      return `Order ${r.orderId}: ${amount} refunded for damaged goods.`;
    case "late":
      return `Order ${r.orderId}: ${amount} refunded for late delivery.`;
    default:
      return `Order ${r.orderId}: ${amount} refunded.`;
  }
}
