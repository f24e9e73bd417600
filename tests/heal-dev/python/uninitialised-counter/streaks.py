def longest_streak(days: list[bool]) -> int:
    best = 0
    for active in days:
        if active:
            streak += 1
            best = max(best, streak)
        else:
            streak = 0
    return best


if __name__ == "__main__":
    log = [True, True, False, True, True, True, False, True]
    print(longest_streak(log))
    assert longest_streak(log) == 3
