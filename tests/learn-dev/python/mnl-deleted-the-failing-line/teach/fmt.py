def format_percent(x):
    return f"{x * 100:.1f}%"


def format_count(n):
    return f"{n:,}"
