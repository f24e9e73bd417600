export function loadConfig(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}
