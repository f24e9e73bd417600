import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function render(template, vars) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => {
    if (!(key in vars)) {
      throw new Error(`missing template variable ${key}`);
    }
    return String(vars[key]);
  });
}

function renderFile(name, vars) {
  return render(readFileSync(join(here, "templates", name), "utf8"), vars);
}

const text = renderFile("welcome.txt", { name: "Priya", team: "Platform" });
process.stdout.write(text);
if (!text.includes("Priya")) process.exit(1);
