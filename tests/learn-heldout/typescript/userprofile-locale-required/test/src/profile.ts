export type Theme = "light" | "dark";

/** `locale` is required since the i18n rollout. */
export interface UserProfile {
  id: number;
  displayName: string;
  email: string;
  theme: Theme;
  locale: string;
}

export function greeting(p: UserProfile): string {
  return p.locale.startsWith("de") ? `Hallo ${p.displayName}` : `Hello ${p.displayName}`;
}
