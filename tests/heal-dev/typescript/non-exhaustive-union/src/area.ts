import type { Shape } from "./shapes.js";

function assertNever(x: never): never {
  throw new Error(`unexpected shape ${JSON.stringify(x)}`);
}

export function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return Math.PI * s.r * s.r;
    case "rect":
      return s.w * s.h;
    default:
      return assertNever(s);
  }
}

console.log([{ kind: "rect", w: 2, h: 3 } as Shape, { kind: "circle", r: 1 } as Shape].map(area));
