export type Cents = number & { readonly __brand: "cents" };

export function cents(n: number): Cents {
  if (!Number.isInteger(n)) throw new Error(`not whole cents: ${n}`);
  return n as Cents;
}

export function addAll(xs: Cents[]): Cents {
  return cents(xs.reduce((a, b) => a + b, 0));
}

export function show(c: Cents): string {
  return (c / 100).toFixed(2);
}
