/** Runtime settings. `apiUrl` was renamed `apiBaseUrl` (it never included a path). */
export interface Settings {
  apiBaseUrl: string;
  timeoutMs: number;
  userAgent: string;
}

export function loadSettings(env: Record<string, string | undefined>): Settings {
  return {
    apiBaseUrl: env["API_BASE_URL"] ?? "https://api.example.test",
    timeoutMs: Number(env["TIMEOUT_MS"] ?? "5000"),
    userAgent: env["USER_AGENT"] ?? "example-cli/1.0",
  };
}
