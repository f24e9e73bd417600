import pytest

from leapyear import days_in_february, is_leap


@pytest.mark.parametrize(
    "year,expected",
    [(2024, True), (2023, False), (1900, False), (2000, True), (2400, True)],
)
def test_is_leap(year, expected):
    assert is_leap(year) is expected


def test_february():
    assert days_in_february(2000) == 29
