const TITLES = new Map<string, string>([
  ["en", "Welcome"],
  ["fr", "Bienvenue"],
]);

function pad(s: string, width: number): string {
  return s.padEnd(width, ".");
}

export function heading(lang: string): string {
  const title = TITLES.get(lang);
  return pad(title, 20);
}
