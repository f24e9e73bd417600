export type Grid = string[][];

export function longestAcross(grid: Grid): number {
  let best = 0;
  for (const row of grid) {
    // split on black squares
    const words = row.join("").split("#");
    for (const run of words) {
      if (run.lenght > best) best = run.length;
    }
  }
  return best;
}
