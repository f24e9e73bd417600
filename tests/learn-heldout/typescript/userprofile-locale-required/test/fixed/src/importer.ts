import type { UserProfile } from "./profile.js";

/** Import users from a legacy CSV export: id;name;email;theme */
export function parseRow(line: string): UserProfile | null {
  const cells = line.split(";").map((c) => c.trim());
  if (cells.length < 4) return null;
  const [id, name, email, theme] = cells;
  const numericId = Number(id);
  if (!Number.isInteger(numericId)) return null;
  return {
    id: numericId,
    displayName: name,
    email,
    theme: theme === "dark" ? "dark" : "light",
    locale: "en",
  };
}

export function importCsv(text: string): UserProfile[] {
  const out: UserProfile[] = [];
  for (const line of text.split("\n").slice(1)) {
    const row = parseRow(line);
    if (row) out.push(row);
  }
  return out;
}
