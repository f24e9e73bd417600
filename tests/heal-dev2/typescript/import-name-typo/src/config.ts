export interface AppConfig {
  name: string;
  workers: number;
}

export function parseConfig(text: string): AppConfig {
  const obj = JSON.parse(text) as Partial<AppConfig>;
  return { name: obj.name ?? "app", workers: obj.workers ?? 1 };
}
