interface Round {
  player: string;
  points: number;
  bonus: boolean;
}

export function leaderboard(rounds: Round[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const r of rounds) {
    const score = r.points;
    if (r.bonus) {
      score = score * 2;
    }
    totals.set(r.player, (totals.get(r.player) ?? 0) + score);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

console.log(leaderboard([
  { player: "kai", points: 10, bonus: false },
  { player: "lu", points: 7, bonus: true },
  { player: "kai", points: 3, bonus: true },
]));
