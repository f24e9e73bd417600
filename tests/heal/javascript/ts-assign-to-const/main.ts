const limit = 10;

export function raise(): number {
  limit = 20;
  return limit;
}
