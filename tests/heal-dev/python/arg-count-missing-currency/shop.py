def format_price(cents: int, currency: str) -> str:
    symbol = {"EUR": "\u20ac", "USD": "$", "GBP": "\u00a3"}[currency]
    return f"{symbol}{cents / 100:.2f}"


def line(name: str, cents: int) -> str:
    return f"{name}: {format_price(cents)}"


if __name__ == "__main__":
    print(format_price(1999, "USD"))
    print(line("scarf", 2450))
    assert line("scarf", 2450) == "scarf: \u20ac24.50"
