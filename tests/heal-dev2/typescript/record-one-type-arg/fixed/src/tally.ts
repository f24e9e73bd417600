export function tallyStatus(codes: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) {
    const bucket = `${Math.floor(code / 100)}xx`;
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  return counts;
}
