export function debounceCalls(timestamps, waitMs) {
  const fired = [];
  let last = -Infinity;
  for (const t of timestamps) {
    if (t - last >= waitMs) {
      fired.push(t);
      last = t;
    }
  }
  return fired;
}

console.log(debounceCalls([0, 10, 20, 150, 160, 400], 100));
