export interface ServerConfig {
  host: string;
  port: number;
  workers: number;
}

export function fromEnv(env: Record<string, string | undefined>): ServerConfig {
  const port: string = env["PORT"] ?? "8080";
  return {
    host: env["HOST"] ?? "127.0.0.1",
    port: port,
    workers: Number(env["WORKERS"] ?? "2"),
  };
}

console.log(fromEnv({ PORT: "9000" }));
