import { assertNever } from "./util.js";

type Stitch = "plain" | "twill" | "satin";

export function floatLength(s: Stitch): number {
  if (s === "plain") return 1;
  if (s === "twill") return 2;
  if (s === "satin") return 4;
  return assertNever(s);
}
