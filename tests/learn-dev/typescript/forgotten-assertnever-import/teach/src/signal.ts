import { clamp } from "./util.js";

export type Aspect =
  | { kind: "stop" }
  | { kind: "proceed"; speed: number }
  | { kind: "caution"; untilMeters: number };

export function announce(a: Aspect): string {
  switch (a.kind) {
    case "stop":
      return "STOP";
    case "proceed":
      return `GO ${clamp(a.speed, 0, 70)} km/h`;
    case "caution":
      return `SLOW for ${a.untilMeters} m`;
    default:
      return assertNever(a);
  }
}
