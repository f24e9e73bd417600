import { greeting, type UserProfile } from "./profile.js";

let nextId = 1;

export interface SignupForm {
  name: string;
  email: string;
  darkMode?: boolean;
}

function validate(form: SignupForm): string[] {
  const problems: string[] = [];
  if (form.name.trim().length < 2) problems.push("name too short");
  if (!/^[^@\s]+@[^@\s]+$/.test(form.email)) problems.push("bad email");
  return problems;
}

export function signup(form: SignupForm): UserProfile {
  const problems = validate(form);
  if (problems.length > 0) {
    throw new Error(problems.join(", "));
  }
  const profile: UserProfile = {
    id: nextId++,
    displayName: form.name.trim(),
    email: form.email.toLowerCase(),
    theme: form.darkMode ? "dark" : "light",
    locale: "en",
  };
  console.log(greeting(profile));
  return profile;
}
