export const SAFE_PH: [number, number] = [6.5, 8.5];

export function ammoniaRisk(ppm: number, ph: number): "low" | "high" {
  return ppm * (ph > 8 ? 2 : 1) > 0.5 ? "high" : "low";
}
