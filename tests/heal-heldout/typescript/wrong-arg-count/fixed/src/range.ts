/** Numbers from start (inclusive) to end (exclusive) in steps of step. */
export function range(start: number, end: number, step = 1): number[] {
  if (step <= 0) throw new Error("step must be positive");
  const out: number[] = [];
  for (let x = start; x < end; x += step) out.push(x);
  return out;
}
