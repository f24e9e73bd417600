from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    amount_cents: int
    currency: str

    def __str__(self):
        return f"{self.amount_cents / 100:.2f} {self.currency}"


def shipping_fee(weight_kg):
    if weight_kg <= 1:
        return Money(490, "EUR")
    return Money(490 + 150 * (int(weight_kg) - 1), "EUR")
