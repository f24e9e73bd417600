function parseRoll(spec) {
  const m = /^(\d*)d(\d+)([+-]\d+)?$/.exec(spec);
  if (!m) throw new Error(`bad roll ${spec}`);
  return { count: Number(m[1] || 1), sides: Number(m[2]), bonus: Number(m[3] || 0) };
}

function range({ count, sides, bonus }) {
  return [count + bonus, count * sides + bonus];
}

for (const spec of ["d20", "3d6+2", "2d8-1"]) {
  const roll = parseRoll(spec);
  const [lo, hi] = range(roll);
  if (lo > hi || (roll.sides < 2 {
    throw new Error(`impossible range for ${spec}`);
  }
  console.log(`${spec.padEnd(6)} ${lo}..${hi}`);
}
