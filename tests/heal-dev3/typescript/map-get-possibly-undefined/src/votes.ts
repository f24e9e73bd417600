export type Ballot = { voter: string; choice: string };

export function tally(ballots: Ballot[]): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const b of ballots) {
    if (seen.has(b.voter)) {
      continue;
    }
    seen.add(b.voter);
    if (!counts.has(b.choice)) {
      counts.set(b.choice, 0);
    }
    counts.set(b.choice, counts.get(b.choice) + 1);
  }
  return counts;
}

export function winner(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestVotes = -1;
  for (const [choice, votes] of counts) {
    if (votes > bestVotes) {
      best = choice;
      bestVotes = votes;
    }
  }
  return best;
}
