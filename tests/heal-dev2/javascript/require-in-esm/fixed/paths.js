import path from "node:path";

export function outputFor(inputFile, outDir = "dist") {
  const base = path.basename(inputFile, path.extname(inputFile));
  return path.join(outDir, `${base}.min.js`);
}

console.log(outputFor("src/app/main.js"));
console.log(outputFor("lib/util.mjs", "build"));
