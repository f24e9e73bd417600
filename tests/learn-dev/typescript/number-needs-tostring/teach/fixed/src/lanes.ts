interface LaneSign {
  label: string;
  status: "free" | "busy";
}

const busy = new Set([2, 5]);

export function signs(count: number): LaneSign[] {
  const out: LaneSign[] = [];
  for (let lane = 1; lane <= count; lane++) {
    out.push({
      label: lane.toString(),
      status: busy.has(lane) ? "busy" : "free",
    });
  }
  return out;
}
