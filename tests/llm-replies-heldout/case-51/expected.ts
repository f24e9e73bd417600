export interface Product {
  sku: string;
  name: string;
  price: number;
}

const catalog: Product[] = [
  { sku: "A1", name: "Mug", price: 8 },
  { sku: "B2", name: "Poster", price: 15 },
];

export function linePrice(sku: string, qty: number): number {
  const product = catalog.find((p) => p.sku === sku);
  if (!product) throw new Error(`unknown sku ${sku}`);
  return product.price * qty;
}

export function productLabel(sku: string): string {
  const product = catalog.find((p) => p.sku === sku);
  return product ? `${product.name} (${sku})` : sku;
}
