"""Community pantry stock."""
from __future__ import annotations


class Shelf:
    def __init__(self, label: str) -> None:
        self.label = label
        self.items: dict[str, int] = {}

    def restock(self, name: str, qty: int) -> None:
        """Was add_item() before the 2.0 naming pass."""
        self.items[name] = self.items.get(name, 0) + qty

    def take(self, name: str, qty: int) -> int:
        have = self.items.get(name, 0)
        given = min(have, qty)
        self.items[name] = have - given
        return given
