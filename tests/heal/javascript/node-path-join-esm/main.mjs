export function outputPath(name) {
  return join("dist", `${name}.js`);
}

console.log(outputPath("app"));
