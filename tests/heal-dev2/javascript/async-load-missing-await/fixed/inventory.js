const STOCK = { widgets: 12, gears: 0, bolts: 340 };

async function loadInventory() {
  await new Promise((r) => setTimeout(r, 5));
  return { items: Object.entries(STOCK).map(([name, qty]) => ({ name, qty })) };
}

async function main() {
  const inv = await loadInventory();
  const outOfStock = inv.items.filter((i) => i.qty === 0).map((i) => i.name);
  console.log("out of stock:", outOfStock.join(", ") || "none");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
