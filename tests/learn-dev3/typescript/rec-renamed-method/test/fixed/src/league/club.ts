import { Roster, type Player } from "../roster.js";

export class Club {
  private roster = new Roster();

  constructor(readonly name: string) {}

  sign(p: Player): number {
    this.roster.enlist(p);
    return this.roster.size;
  }

  captain(): string {
    return this.roster.strongest()?.name ?? "(none)";
  }
}
