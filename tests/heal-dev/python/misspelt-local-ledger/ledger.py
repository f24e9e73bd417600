"""A tiny double-entry ledger for a household budget."""
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass
class Entry:
    day: date
    account: str
    amount: Decimal
    memo: str = ""


@dataclass
class Ledger:
    entries: list[Entry] = field(default_factory=list)

    def post(self, day: date, debit: str, credit: str, amount: str, memo: str = "") -> None:
        value = Decimal(amount)
        if value <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        self.entries.append(Entry(day, debit, value, memo))
        self.entries.append(Entry(day, credit, -value, memo))

    def balances(self) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for e in self.entries:
            totals[e.account] += e.amount
        return dict(totals)

    def between(self, start: date, end: date) -> "Ledger":
        return Ledger([e for e in self.entries if start <= e.day <= end])

    def account_history(self, account: str) -> list[tuple[date, Decimal, Decimal]]:
        balance = Decimal(0)
        rows = []
        for e in sorted(self.entries, key=lambda e: e.day):
            if e.account != account:
                continue
            balance += e.amount
            rows.append((e.day, e.amount, balence))
        return rows

    def check(self) -> None:
        total = sum((e.amount for e in self.entries), Decimal(0))
        if total != 0:
            raise AssertionError(f"ledger does not balance: {total}")


def monthly_spending(ledger: Ledger, prefix: str = "expense:") -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(Decimal)
    for e in ledger.entries:
        if e.account.startswith(prefix):
            out[e.day.strftime("%Y-%m")] += e.amount
    return dict(sorted(out.items()))


def render(balances: dict[str, Decimal]) -> str:
    width = max(len(k) for k in balances)
    lines = []
    for name in sorted(balances):
        lines.append(f"{name:<{width}}  {balances[name]:>10.2f}")
    return "\n".join(lines)


def sample() -> Ledger:
    led = Ledger()
    led.post(date(2026, 1, 1), "assets:bank", "income:salary", "3200.00", "january pay")
    led.post(date(2026, 1, 3), "expense:rent", "assets:bank", "1100.00")
    led.post(date(2026, 1, 9), "expense:food", "assets:bank", "86.40", "groceries")
    led.post(date(2026, 1, 15), "expense:food", "liabilities:card", "42.15", "restaurant")
    led.post(date(2026, 2, 1), "assets:bank", "income:salary", "3200.00", "february pay")
    led.post(date(2026, 2, 2), "liabilities:card", "assets:bank", "42.15", "card payment")
    led.post(date(2026, 2, 3), "expense:rent", "assets:bank", "1100.00")
    led.post(date(2026, 2, 20), "expense:travel", "assets:bank", "230.00", "train")
    return led


def main() -> None:
    led = sample()
    led.check()
    print(render(led.balances()))
    print()
    for month, spent in monthly_spending(led).items():
        print(f"{month}: {spent:.2f}")
    history = led.account_history("assets:bank")
    for day, amount, running in history:
        print(f"{day.isoformat()} {amount:>9.2f} {running:>9.2f}")
    assert history[-1][2] == Decimal("3841.45"), history[-1]
    january = led.between(date(2026, 1, 1), date(2026, 1, 31))
    assert len(january.entries) == 8


if __name__ == "__main__":
    main()
