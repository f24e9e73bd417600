export type Headers = Record<string, string>;

export function canonicalName(name: string): string {
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join("-");
}

export function normalise(h: Headers): Headers {
  const out: Headers = {};
  for (const [k, v] of Object.entries(h)) {
    out[canonicalName(k.trim())] = v.trim();
  }
  return out;
}

console.log(normalise({ "content-TYPE": " text/html ", "x-request-id": "42" }));
