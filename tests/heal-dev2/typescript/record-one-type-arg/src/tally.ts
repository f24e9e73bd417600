export function tallyStatus(codes: number[]): Record<string> {
  const counts: Record<string> = {};
  for (const code of codes) {
    const bucket = `${Math.floor(code / 100)}xx`;
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  return counts;
}
