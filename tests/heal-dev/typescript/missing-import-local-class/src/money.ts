export class Money {
  private constructor(readonly cents: number, readonly currency: string) {}

  static of(amount: number, currency = "EUR"): Money {
    return new Money(Math.round(amount * 100), currency);
  }

  plus(other: Money): Money {
    if (other.currency !== this.currency) throw new Error("currency mismatch");
    return new Money(this.cents + other.cents, this.currency);
  }

  times(n: number): Money {
    return new Money(Math.round(this.cents * n), this.currency);
  }

  toString(): string {
    return `${(this.cents / 100).toFixed(2)} ${this.currency}`;
  }
}
