export function truncate(s, max) {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}

export function titleCase(s) {
  return s.replace(/\b\w/g, (c) => c.toUpperCase());
}
