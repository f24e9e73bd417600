export function histogram(values: number[], buckets: number): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = (max - min) / buckets || 1;
  const counts = new Array<number>(buckets).fill(0);
  for (const v of values) {
    const i = Math.min(buckets - 1, Math.floor((v - min) / width));
    counts[i]++;
  }
  return counts;
}

export function render(counts: number[]): string {
  const peak = Math.max(...counts);
  return counts.map((c) => "#".repeat(Math.round((c / peak) * 20))).join("\n");
}

console.log(render(histogram([1, 2, 2, 3, 3, 3, 4, 4, 5, 9], 4)));
