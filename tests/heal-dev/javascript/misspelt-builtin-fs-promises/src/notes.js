import { mkdtemp, readFile, rm, writeFile } from "node:fs/promise";
import { join } from "node:path";
import { tmpdir } from "node:os";

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "heal-dev-notes-"));
  try {
    const file = join(dir, "notes.md");
    await writeFile(file, "# Notes\n\n- buy milk\n- call Sam\n");
    const text = await readFile(file, "utf8");
    const items = text.split("\n").filter((l) => l.startsWith("- "));
    console.log(items);
    if (items.length !== 2) throw new Error("expected two items");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
