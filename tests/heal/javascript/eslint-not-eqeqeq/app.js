export function changed(before, after) {
  if (before.id != after.id) return true;
  return false;
}
