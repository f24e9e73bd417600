const text = `{
  "server": { "port": 8080, "host": "0.0.0.0" },
  "features": ["search", "export"],
  "limits": { "upload_mb": 25 }
}`;

function get(obj, path, fallback) {
  return path.split(".").reduce((o, k) => (o && k in o ? o[k] : undefined), obj) ?? fallback;
}

const cfg = JSON.parse(text);
console.log(get(cfg, "server.port"), get(cfg, "limits.upload_mb"), get(cfg, "limits.rate", 100));
if (get(cfg, "server.port") !== 8080) process.exit(1);
