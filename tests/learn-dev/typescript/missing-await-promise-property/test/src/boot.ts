import { loadSettings } from "./settings.js";

export async function applyTheme(root: { className: string }): Promise<void> {
  const cfg = loadSettings("~/.editor.night");
  root.className = `theme-${cfg.theme} size-${cfg.fontSize}`;
}
