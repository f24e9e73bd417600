const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

function makeLogger(minLevel) {
  const min = LEVELS[minLevel];
  return (level, msg, fields = {}) => {
    if (LEVELS[level] < min) return;
    const extra = Object.entries(fields).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ");
    console.log(`[${level.toUpperCase()}] ${msg}${extra ? " " + extra : ""}`;
  };
}

const log = makeLogger("info");
log("debug", "hidden");
log("info", "server started", { port: 8080 });
log("error", "disk full", { free: 0 });
