export interface Config {
  port: number;
  host: string;
  debug: boolean;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env): Config {
  return {
    port: Number(env.PORT ?? "8080"),
    host: env.HOST ?? "127.0.0.1",
    debug: env.DEBUG === "1",
  };
}

export function describe(cfg: Config): string {
  return `${cfg.host}:${cfg.port}${cfg.debug ? " (debug)" : ""}`;
}
