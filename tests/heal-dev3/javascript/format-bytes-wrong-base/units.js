const UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];

function formatBytes(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

function largest(files, n) {
  return [...files].sort((a, b) => b.size - a.size).slice(0, n);
}

module.exports = { formatBytes, largest };
