export interface Account {
  id: string;
  email: string;
  verified: boolean;
}

const accounts: Account[] = [
  { id: "a1", email: "ada@example.org", verified: true },
  { id: "b2", email: "bob@example.org", verified: false },
];

export function verifiedCount(): number {
  return accounts.filter((a) => a.verified).length;
}

export function emailOf(id: string): string {
  const account = accounts.find((a) => a.id === id);
  return account.email;
}
