export interface ServerConfig {
  host: string;
  port: number;
  tlsCert: string;
}

export function describe(cfg: ServerConfig): string {
  const scheme = cfg.tlsCert ? "https" : "http";
  return `${scheme}://${cfg.host}:${cfg.port}`;
}
