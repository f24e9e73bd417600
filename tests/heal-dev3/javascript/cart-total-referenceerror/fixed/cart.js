const FREE_SHIPPING_FROM = 5000;
const SHIPPING = 495;

function subtotal(items) {
  return items.reduce((sum, item) => sum + item.priceCents * item.qty, 0);
}

function shippingFor(amount) {
  return amount >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
}

function checkoutSummary(items) {
  const itemsTotal = subtotal(items);
  const shipping = shippingFor(itemsTotal);
  return {
    items: itemsTotal,
    shipping,
    total: itemsTotal + shipping,
  };
}

const summary = checkoutSummary([
  { name: "notebook", priceCents: 1250, qty: 2 },
  { name: "pen", priceCents: 399, qty: 3 },
]);
console.log(summary);
if (summary.total !== 4192) {
  process.exit(1);
}
