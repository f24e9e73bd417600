function shout(s: string): string {
  return s.toUpperCase() + "!";
}

export function banner(env: Record<string, string | undefined>): string {
  const name = env["APP_NAME"];
  return shout(name);
}
