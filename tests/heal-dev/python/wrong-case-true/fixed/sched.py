from datetime import datetime, timedelta


def slots(start: datetime, end: datetime, minutes: int, skip_lunch: bool = True) -> list[str]:
    out = []
    t = start
    step = timedelta(minutes=minutes)
    while t + step <= end:
        if skip_lunch and 12 <= t.hour < 13:
            t += step
            continue
        out.append(t.strftime("%H:%M"))
        t += step
    return out


if __name__ == "__main__":
    day = datetime(2026, 3, 2, 9, 0)
    s = slots(day, day.replace(hour=15), 45)
    print(", ".join(s))
    assert "12:00" not in s and "12:45" not in s
    assert s[0] == "09:00"
