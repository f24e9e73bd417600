import { parseConfig } from "./config.js";

const cfg = parseConfig('{"name": "indexer", "workers": 4}');
console.log(`${cfg.name} with ${cfg.workers} workers`);
