from datetime import date, timedelta


def is_weekend(day: date) -> bool:
    # Monday is 0, Sunday is 6
    return day.weekday() > 5


def add_business_days(start: date, days: int) -> date:
    current = start
    added = 0
    while added < days:
        current += timedelta(days=1)
        if not is_weekend(current):
            added += 1
    return current


def business_days_between(start: date, end: date) -> int:
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if not is_weekend(current):
            count += 1
    return count
