const UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];

export function bytes(n) {
  let i = 0;
  while (n >= 1024 && i < UNITS.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${UNITS[i]}`;
}

export function percent(part, whole) {
  return `${((100 * part) / whole).toFixed(1)}%`;
}
