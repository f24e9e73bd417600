// Tiered discount: 5% from 100, 10% from 500, 15% from 1000 (amounts in whole euros).
export function discountPercent(amount) {
  if (amount >= 1000) return 15;
  if (amount >= 500) return 10;
  if (amount >= 100) return 5;
  return 0;
}

export function priceAfterDiscount(amount) {
  return amount - (amount * discountPercent(amount)) / 100;
}
