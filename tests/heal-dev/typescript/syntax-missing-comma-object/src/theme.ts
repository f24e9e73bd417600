export interface Theme {
  name: string;
  background: string;
  foreground: string;
  accent: string;
  radius: number;
}

export const dark: Theme = {
  name: "dark",
  background: "#1e1e2e",
  foreground: "#cdd6f4"
  accent: "#89b4fa",
  radius: 6,
};

export function toCss(t: Theme): string {
  return [
    `--bg: ${t.background};`,
    `--fg: ${t.foreground};`,
    `--accent: ${t.accent};`,
    `--radius: ${t.radius}px;`,
  ].join("\n");
}

console.log(toCss(dark));
