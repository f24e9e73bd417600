import { clamp, lerp } from "./math.js";

export type RGB = [number, number, number];

export function hex([r, g, b]: RGB): string {
  return "#" + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("");
}

export function gradient(from: RGB, to: RGB, steps: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < steps; i++) {
    const t = steps === 1 ? 0 : i / (steps - 1);
    out.push(hex([lerp(from[0], to[0], t), lerp(from[1], to[1], t), lerp(from[2], to[2], t)]));
  }
  return out;
}

console.log(gradient([255, 0, 0], [0, 0, 255], 5));
