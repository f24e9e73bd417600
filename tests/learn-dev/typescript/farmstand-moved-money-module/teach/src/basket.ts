import { addAll, cents, show, type Cents } from "./lib/money.js";

export interface Produce {
  name: string;
  price: Cents;
}

export const STAND: Produce[] = [
  { name: "eggs (6)", price: cents(320) },
  { name: "rhubarb", price: cents(250) },
  { name: "honey 250g", price: cents(600) },
];

export function total(picked: string[]): string {
  const prices = STAND.filter((p) => picked.includes(p.name)).map((p) => p.price);
  return show(addAll(prices));
}
