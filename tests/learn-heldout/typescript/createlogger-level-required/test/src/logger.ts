export type Level = "debug" | "info" | "warn" | "error";

const ORDER: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export interface Logger {
  log(level: Level, msg: string): void;
}

/** `level` became required: there is no implicit default level any more. */
export function createLogger(name: string, level: Level): Logger {
  return {
    log(l, msg) {
      if (ORDER[l] >= ORDER[level]) {
        console.log(`[${name}] ${l.toUpperCase()} ${msg}`);
      }
    },
  };
}
