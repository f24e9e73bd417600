export type Grid = string[][];

export function longestAcross(grid: Grid): number {
  let best = 0;
  for (const row of grid) {
    const runs = row.join("").split("#");
    for (const run of runs) {
      if (run.lenght > best) best = run.length;
    }
  }
  return best;
}
