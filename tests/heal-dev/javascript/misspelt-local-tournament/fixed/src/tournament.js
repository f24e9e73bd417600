// Round-robin tournament: fixtures, results and a league table.

const POINTS = { win: 3, draw: 1, loss: 0 };

export function roundRobin(teams) {
  const list = teams.length % 2 === 0 ? [...teams] : [...teams, null];
  const rounds = [];
  const n = list.length;
  for (let r = 0; r < n - 1; r++) {
    const round = [];
    for (let i = 0; i < n / 2; i++) {
      const home = list[i];
      const away = list[n - 1 - i];
      if (home !== null && away !== null) {
        round.push(r % 2 === 0 ? [home, away] : [away, home]);
      }
    }
    rounds.push(round);
    list.splice(1, 0, list.pop());
  }
  return rounds;
}

function emptyRow(team) {
  return { team, played: 0, won: 0, drawn: 0, lost: 0, goalsFor: 0, goalsAgainst: 0, points: 0 };
}

function applyResult(row, scored, conceded) {
  row.played += 1;
  row.goalsFor += scored;
  row.goalsAgainst += conceded;
  if (scored > conceded) {
    row.won += 1;
    row.points += POINTS.win;
  } else if (scored === conceded) {
    row.drawn += 1;
    row.points += POINTS.draw;
  } else {
    row.lost += 1;
    row.points += POINTS.loss;
  }
}

export function table(teams, results) {
  const rows = new Map(teams.map((t) => [t, emptyRow(t)]));
  for (const { home, away, score } of results) {
    const [h, a] = score.split("-").map(Number);
    applyResult(rows.get(home), h, a);
    applyResult(rows.get(away), a, h);
  }
  return [...rows.values()].sort(
    (x, y) =>
      y.points - x.points ||
      y.goalsFor - y.goalsAgainst - (x.goalsFor - x.goalsAgainst) ||
      y.goalsFor - x.goalsFor ||
      x.team.localeCompare(y.team),
  );
}

export function render(rows) {
  const header = "Team        P  W  D  L  GF GA Pts";
  const lines = rows.map(
    (r) =>
      `${r.team.padEnd(10)} ${String(r.played).padStart(2)} ${String(r.won).padStart(2)}` +
      ` ${String(r.drawn).padStart(2)} ${String(r.lost).padStart(2)}` +
      ` ${String(r.goalsFor).padStart(3)} ${String(r.goalsAgainst).padStart(2)} ${String(r.points).padStart(3)}`,
  );
  return [header, ...lines].join("\n");
}

function simulate(fixtures) {
  // deterministic "scores" from the team names so the output is stable
  const results = [];
  for (const round of fixtures) {
    for (const [home, away] of round) {
      const h = (home.length * 7 + away.charCodeAt(0)) % 4;
      const a = (away.length * 5 + home.charCodeAt(1)) % 3;
      results.push({ home, away, score: `${h}-${a}` });
    }
  }
  return results;
}

function check(rows) {
  const totalPoints = rows.reduce((s, r) => s + r.points, 0);
  const games = rows.reduce((s, r) => s + r.played, 0) / 2;
  const draws = rows.reduce((s, r) => s + r.drawn, 0) / 2;
  if (totalPoints !== games * 3 - draws) {
    throw new Error(`points do not add up: ${totalPoints}`);
  }
}

const teams = ["Rovers", "United", "Athletic", "City", "Wanderers"];
const fixtures = roundRobin(teams);
const results = simulate(fixtures);
const standings = table(teams, results);
check(standings);
console.log(render(standings));
console.log(`${fixtures.length} rounds, ${results.length} games`);
