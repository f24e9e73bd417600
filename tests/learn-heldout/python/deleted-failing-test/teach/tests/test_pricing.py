from decimal import Decimal

from pricing import apply_discount, bulk_percent, line_price


def test_no_discount_below_ten():
    assert bulk_percent(9) == 0


def test_bulk_tiers():
    assert [bulk_percent(q) for q in (10, 99, 100)] == [5, 5, 15]


def test_discount_rounds_half_up():
    # 19.99 - 12.5% = 17.49125 -> 17.49; 0.05 - 50% = 0.025 -> 0.03
    assert apply_discount("19.99", "12.5") == Decimal("17.49")
    assert apply_discount("0.05", 50) == Decimal("0.03")
    assert apply_discount("10.00", 0) == Decimal("10.00")
    assert apply_discount("10.00", 100) == Decimal("0.00")
    assert apply_discount("10.00", 101) == Decimal("0.00")  # never negative


def test_line_price():
    assert line_price("2.00", 10) == Decimal("19.00")
