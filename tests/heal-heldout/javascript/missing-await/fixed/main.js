import { readFile } from "node:fs/promises";

async function loadConfig(path) {
  const raw = await readFile(path, "utf8");
  return JSON.parse(raw);
}

async function main() {
  const config = await loadConfig(new URL("./config.json", import.meta.url));
  console.log(`${config.service} listening on ${config.port}`);
  console.log(`features: ${config.features.join(", ")}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
