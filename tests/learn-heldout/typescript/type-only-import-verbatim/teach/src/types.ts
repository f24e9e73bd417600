export interface User {
  id: number;
  login: string;
}

export const ANONYMOUS = { id: 0, login: "anonymous" } as const;
