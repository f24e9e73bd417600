import { readFileSync } from "node:fs";
import { join } from "node:path";

export function configPath(dir) {
  return join(dir, "config.json");
}
