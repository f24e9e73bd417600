import { type User, ANONYMOUS } from "./types.js";

export class Session {
  private current: User = ANONYMOUS;

  login(user: User): void {
    this.current = user;
  }

  logout(): void {
    this.current = ANONYMOUS;
  }

  get user(): User {
    return this.current;
  }
}
