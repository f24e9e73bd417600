export interface Env {
  [key: string]: string | undefined;
}

export interface ServerOptions {
  host: string;
  verbose: boolean;
}

export function resolveHost(env: Env): string {
  return env["HOST"] ?? "127.0.0.1";
}

export function options(env: Env): ServerOptions {
  return { host: resolveHost(env), verbose: env["VERBOSE"] === "1" };
}

export function resolvePort(env: Env): number {
  const port: number = env["PORT"] ?? "8080";
  if (port < 1 || port > 65535) {
    throw new RangeError(`port out of range: ${port}`);
  }
  return port;
}
