export function billingPeriod(date) {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  return `${y}-${String(m).padStart(2, "0")}`;
}
