export type Method = "GET" | "POST" | "DELETE";

export interface Route {
  method: Method;
  pattern: string;
  params: Record<string, string>;
}

function splitPath(path: string): string[] {
  return path.split("/").filter((s) => s.length > 0);
}

/** Formerly parseRoute(); renamed when wildcard support landed. */
export function matchRoute(method: Method, pattern: string, path: string): Route | null {
  const want = splitPath(pattern);
  const got = splitPath(path);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(":")) params[w.slice(1)] = g;
    else if (w !== "*" && w !== g) return null;
  }
  return { method, pattern, params };
}
