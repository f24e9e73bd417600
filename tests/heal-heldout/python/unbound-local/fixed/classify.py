def describe_change(old, new):
    delta = new - old
    if delta > 0:
        trend = "up"
    elif delta < 0:
        trend = "down"
    else:
        trend = "flat"
    return f"{trend} {abs(delta)}"


if __name__ == "__main__":
    prices = [10, 12, 12, 9]
    for old, new in zip(prices, prices[1:]):
        print(describe_change(old, new))
