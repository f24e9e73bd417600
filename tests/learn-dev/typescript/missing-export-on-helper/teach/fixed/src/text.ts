const SMALL = new Set(["a", "an", "the", "of", "in"]);

export function titleCase(s: string): string {
  return s
    .split(" ")
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
