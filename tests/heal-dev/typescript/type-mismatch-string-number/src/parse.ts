export function toByte(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 255) throw new RangeError(`bad channel ${n}`);
  return n.toString(16).padStart(2, "0");
}

export function rgbToHex(css: string): string {
  const m = /^rgb\((.*)\)$/.exec(css.replace(/\s+/g, ""));
  if (!m) throw new Error(`not rgb(): ${css}`);
  const parts = m[1].split(",");
  return "#" + parts.map((p) => toByte(p)).join("");
}

console.log(rgbToHex("rgb(255, 128, 0)"));
