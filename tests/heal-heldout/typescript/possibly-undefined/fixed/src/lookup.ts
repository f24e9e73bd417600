interface Product {
  sku: string;
  name: string;
  priceCents: number;
}

const CATALOG: Product[] = [
  { sku: "KB-01", name: "Keyboard", priceCents: 4999 },
  { sku: "MS-02", name: "Mouse", priceCents: 1999 },
];

export function priceOf(sku: string): number {
  const product = CATALOG.find((p) => p.sku === sku);
  if (product === undefined) {
    throw new Error(`unknown sku ${sku}`);
  }
  return product.priceCents;
}

console.log(priceOf("MS-02"));
