from inventory.report import needs_reorder, summary
from inventory.stock import Item

ITEMS = [
    Item("bolt-m6", on_hand=350, daily_usage=40, lead_days=7),
    Item("nut-m6", on_hand=2000, daily_usage=40, lead_days=7),
    Item("washer", on_hand=70, daily_usage=10, lead_days=5),
]


def test_needs_reorder() -> None:
    assert needs_reorder(ITEMS) == ["bolt-m6", "washer"]


def test_summary_orders_by_days_left() -> None:
    assert summary(ITEMS).splitlines()[0] == "washer: 7.0 days"
