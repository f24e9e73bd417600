export function isEmail(s: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(s);
}

export function isStrongPassword(s: string): boolean {
  return s.length >= 12 && /[0-9]/.test(s) && /[^A-Za-z0-9]/.test(s);
}
