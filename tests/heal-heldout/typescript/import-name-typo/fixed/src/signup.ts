import { isEmail, isStrongPassword } from "./validate.js";

export function signupErrors(email: string, password: string): string[] {
  const errors: string[] = [];
  if (!isEmail(email)) errors.push("invalid email");
  if (!isStrongPassword(password)) errors.push("weak password");
  return errors;
}

console.log(signupErrors("me@example.com", "hunter2"));
