export function shortTitles(titles: string[], max: number): string[] {
  return titles.filter((t) => t.trim().length <= max);
}
