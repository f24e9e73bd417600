from decimal import Decimal

from pricing import apply_discount, bulk_percent, line_price


def test_no_discount_below_ten():
    assert bulk_percent(9) == 0


def test_bulk_tiers():
    assert [bulk_percent(q) for q in (10, 99, 100)] == [5, 5, 15]


def test_line_price():
    assert line_price("2.00", 10) == Decimal("19.00")
