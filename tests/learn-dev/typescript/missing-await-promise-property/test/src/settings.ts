export type Theme = "light" | "dark" | "sepia";

export async function loadSettings(path: string): Promise<{ theme: Theme; fontSize: number }> {
  return { theme: path.endsWith(".night") ? "dark" : "light", fontSize: 14 };
}
