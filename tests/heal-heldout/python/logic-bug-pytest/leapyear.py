def is_leap(year: int) -> bool:
    """Gregorian leap year rule."""
    if year % 100 == 0:
        return False
    if year % 4 == 0:
        return True
    return False


def days_in_february(year: int) -> int:
    return 29 if is_leap(year) else 28
