export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort();
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)];
}
