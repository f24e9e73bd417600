import { describe, type SyncConfig } from "./config.js";

const albums = ["2026-summer", "wedding", "scans"];

const production: SyncConfig = {
  endpoint: "https://photos.example.net/upload",
  maxRetries: 5,
  backoffMs: 400,
};

for (const a of albums) {
  console.log(`${a} -> ${describe(production)}`);
}
