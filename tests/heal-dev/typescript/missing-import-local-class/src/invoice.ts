import { taxRate } from "./tax.js";

export interface Line {
  description: string;
  hours: number;
  rate: number;
}

export function total(lines: Line[], country: string): Money {
  let sum = Money.of(0);
  for (const l of lines) {
    sum = sum.plus(Money.of(l.rate).times(l.hours));
  }
  return sum.times(1 + taxRate(country));
}

console.log(total([{ description: "design", hours: 6, rate: 80 }, { description: "build", hours: 12.5, rate: 95 }], "NL").toString());
