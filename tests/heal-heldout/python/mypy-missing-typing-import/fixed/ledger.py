from typing import Dict, List, Tuple

Entry = Tuple[str, str, int]  # (account, memo, cents)


def balances(entries: List[Entry]) -> Dict[str, int]:
    totals: Dict[str, int] = {}
    for account, _memo, cents in entries:
        totals[account] = totals.get(account, 0) + cents
    return totals


if __name__ == "__main__":
    journal: List[Entry] = [
        ("cash", "opening", 100_00),
        ("cash", "coffee", -3_50),
        ("card", "books", -42_00),
    ]
    for account, cents in sorted(balances(journal).items()):
        print(f"{account:<6}{cents / 100:>8.2f}")
