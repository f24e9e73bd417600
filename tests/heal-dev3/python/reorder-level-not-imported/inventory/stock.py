from dataclasses import dataclass


@dataclass
class Item:
    sku: str
    on_hand: int
    daily_usage: int
    lead_days: int


def reorder_level(item: Item, safety_days: int = 3) -> int:
    return item.daily_usage * (item.lead_days + safety_days)


def days_left(item: Item) -> float:
    if item.daily_usage == 0:
        return float("inf")
    return item.on_hand / item.daily_usage
