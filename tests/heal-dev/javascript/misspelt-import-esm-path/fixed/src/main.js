import { bytes, percent } from "./lib/formatter.js";

const disks = [
  { mount: "/", used: 41_231_000_000, size: 64_000_000_000 },
  { mount: "/home", used: 512_000_000, size: 256_000_000_000 },
];

for (const d of disks) {
  console.log(`${d.mount.padEnd(6)} ${bytes(d.used).padStart(10)} / ${bytes(d.size).padStart(10)}  ${percent(d.used, d.size)}`);
}
