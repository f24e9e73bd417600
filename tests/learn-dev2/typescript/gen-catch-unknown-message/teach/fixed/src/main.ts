function upload(name: string): void {
  if (name.endsWith(".heic")) throw new Error(`unsupported format: ${name}`);
}

function log(line: string): void {
  console.log(`[sync] ${line}`);
}

for (const file of ["beach.jpg", "dinner.heic"]) {
  try {
    upload(file);
    log(`uploaded ${file}`);
  } catch (err) {
    log(`sync failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
