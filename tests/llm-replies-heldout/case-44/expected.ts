export interface User {
  id: string;
  displayName: string;
  email: string;
  locale: "en" | "de" | "fr";
}

const GREETINGS: Record<User["locale"], string> = {
  en: "Hello",
  de: "Hallo",
  fr: "Bonjour",
};

export function welcomeMessage(user: User): { to: string; body: string } {
  return {
    to: user.email,
    body: `${GREETINGS[user.locale]}, ${user.displayName}!`,
  };
}
