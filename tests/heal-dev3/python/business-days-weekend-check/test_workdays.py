from datetime import date

from workdays import add_business_days, business_days_between, is_weekend


def test_weekend_days() -> None:
    assert is_weekend(date(2026, 12, 5))  # Saturday
    assert is_weekend(date(2026, 12, 6))  # Sunday
    assert not is_weekend(date(2026, 12, 7))


def test_add_over_weekend() -> None:
    assert add_business_days(date(2026, 12, 4), 1) == date(2026, 12, 7)


def test_between() -> None:
    assert business_days_between(date(2026, 12, 1), date(2026, 12, 8)) == 5
