import { debounce } from "lodash-es";

export interface SearchBox {
  query: string;
  results: string[];
}

const INDEX = ["apple", "apricot", "banana", "blueberry", "cherry"];

export function search(q: string): string[] {
  const needle = q.trim().toLowerCase();
  return needle ? INDEX.filter((w) => w.includes(needle)) : [];
}

export function attach(box: SearchBox, render: (r: string[]) => void): (q: string) => void {
  const run = debounce((q: string) => {
    box.query = q;
    box.results = search(q);
    render(box.results);
  }, 150);
  return run;
}
