export interface Range {
  start: number;
  end: number; // exclusive
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}
