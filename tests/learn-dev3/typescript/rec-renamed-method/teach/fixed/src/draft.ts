import { Roster, type Player } from "./roster.js";

export function draft(pool: Player[], minRating: number): Roster {
  const roster = new Roster();
  for (const p of pool) {
    if (p.rating >= minRating) roster.enlist(p);
  }
  return roster;
}
