export interface Player {
  name: string;
  rating: number;
}

export class Roster {
  private players: Player[] = [];

  enlist(p: Player): void {
    this.players.push(p);
  }

  get size(): number {
    return this.players.length;
  }

  strongest(): Player | undefined {
    return [...this.players].sort((a, b) => b.rating - a.rating)[0];
  }
}
