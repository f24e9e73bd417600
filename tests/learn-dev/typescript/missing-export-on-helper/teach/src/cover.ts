import { titleCase, wordCount } from "./text.js";

export function cover(title: string, body: string): string {
  return `${titleCase(title)} — ${wordCount(body)} words`;
}
