export interface ParseResult {
  ok: boolean;
  value?: unknown;
  error?: string;
}

export function safeParse(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export function parseAll(texts: string[]): ParseResult[] {
  return texts.map(safeParse);
}
