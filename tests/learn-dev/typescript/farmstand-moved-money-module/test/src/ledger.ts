import { cents, show } from "./lib/money.js";

type Entry = { day: string; takings: number };

const WEEK: Entry[] = [
  { day: "sat", takings: 14250 },
  { day: "sun", takings: 9830 },
];

export function lines(): string[] {
  return WEEK.map((e) => `${e.day}: ${show(cents(e.takings))}`);
}
