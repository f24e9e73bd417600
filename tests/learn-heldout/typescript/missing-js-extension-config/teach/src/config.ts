export interface AppConfig {
  port: number;
  apiBaseUrl: string;
  retries: number;
}

export const config: AppConfig = {
  port: 8080,
  apiBaseUrl: "http://localhost:9000/api",
  retries: 3,
};
