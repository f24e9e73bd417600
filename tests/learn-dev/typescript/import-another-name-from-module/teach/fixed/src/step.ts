import { add, scale, type Vec2 } from "./vec.js";

export interface Body {
  pos: Vec2;
  vel: Vec2;
}

export function step(b: Body, dt: number): Body {
  return { pos: add(b.pos, scale(b.vel, dt)), vel: b.vel };
}
