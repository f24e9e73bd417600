import { formatMoney, percent } from "../helpers.js";

export interface Expense {
  category: string;
  cents: number;
}

export function budgetLines(expenses: Expense[], budgetCents: number): string[] {
  const byCat = new Map<string, number>();
  for (const e of expenses) {
    byCat.set(e.category, (byCat.get(e.category) ?? 0) + e.cents);
  }
  const spent = [...byCat.values()].reduce((a, b) => a + b, 0);
  const lines = [...byCat.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([cat, cents]) => `${cat}: ${formatMoney(cents)} (${percent(cents, spent)})`);
  lines.push(`spent ${formatMoney(spent)} of ${formatMoney(budgetCents)}`);
  return lines;
}
