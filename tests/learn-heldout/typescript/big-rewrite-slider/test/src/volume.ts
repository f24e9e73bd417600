import { lerp } from "./math.js";

export const MAX_VOLUME = 100;

export interface Mixer {
  master: number;
  channels: Record<string, number>;
  muted: boolean;
}

export function setChannel(m: Mixer, name: string, level: number): Mixer {
  return { ...m, channels: { ...m.channels, [name]: clamp(level, 0, MAX_VOLUME) } };
}

export function effective(m: Mixer, name: string): number {
  if (m.muted) return 0;
  const ch = m.channels[name] ?? 0;
  return Math.round((ch * m.master) / MAX_VOLUME);
}

export function fade(m: Mixer, steps: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= steps; i++) {
    out.push(Math.round(lerp(m.master, 0, i / steps)));
  }
  return out;
}
