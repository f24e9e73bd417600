const here = fileURLToPath(import.meta.url);
console.log(here.endsWith(".mjs"));
