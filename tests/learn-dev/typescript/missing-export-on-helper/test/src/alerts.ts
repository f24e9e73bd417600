import { SAFE_PH, ammoniaRisk } from "./chem.js";

export function check(ppm: number, ph: number): string[] {
  const out: string[] = [];
  if (ph < SAFE_PH[0] || ph > SAFE_PH[1]) out.push("pH out of range");
  if (ammoniaRisk(ppm, ph) === "high") out.push("ammonia");
  return out;
}
