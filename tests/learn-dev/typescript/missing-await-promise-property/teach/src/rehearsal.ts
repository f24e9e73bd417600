import { fetchSinger } from "./db.js";

const SEATS = [3, 8, 13];

export async function seatingPlan(): Promise<string[]> {
  const out: string[] = [];
  for (const id of SEATS) {
    const s = fetchSinger(id);
    out.push(`${s.voice}: ${s.name}`);
  }
  return out;
}
