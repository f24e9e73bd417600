// Prints a greeting through the shell.
const out = execSync("echo hello").toString().trim();
console.log(out);
