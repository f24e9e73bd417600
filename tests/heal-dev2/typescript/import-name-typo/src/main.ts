import { parseConfg } from "./config.js";

const cfg = parseConfg('{"name": "indexer", "workers": 4}');
console.log(`${cfg.name} with ${cfg.workers} workers`);
