class Ledger:
    def __init__(self) -> None:
        self.entries: list[tuple[str, int]] = []

    def record_entry(self, account: str, cents: int) -> None:
        self.entries.append((account, cents))

    def balance(self, account: str) -> int:
        return sum(c for a, c in self.entries if a == account)
