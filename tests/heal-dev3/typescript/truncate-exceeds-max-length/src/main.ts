import { preview, truncate } from "./text.js";

function check(cond: boolean, what: string): void {
  if (!cond) {
    console.error("FAILED:", what);
    process.exitCode = 1;
  }
}

declare const process: { exitCode?: number };

check(truncate("short", 10) === "short", "short text unchanged");
check(truncate("a fairly long sentence", 10).length <= 10, "result fits in max");
check(truncate("a fairly long sentence", 10).endsWith("…"), "ellipsis added");
const p = preview("Release notes for version 4.2", "Faster start-up, fewer crashes, new icons.");
console.log(p);
check(p.length <= 40, "preview fits in 40");
