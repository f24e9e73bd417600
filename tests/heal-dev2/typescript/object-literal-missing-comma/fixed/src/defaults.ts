export interface ServerOptions {
  host: string;
  port: number;
  keepAliveMs: number;
  trustProxy: boolean;
}

export const defaults: ServerOptions = {
  host: "0.0.0.0",
  port: 3000,
  keepAliveMs: 5000,
  trustProxy: false,
};

export function withOverrides(o: Partial<ServerOptions>): ServerOptions {
  return { ...defaults, ...o };
}
