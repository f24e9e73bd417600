import math


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def stdev(xs: list[float]) -> float:
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def zscores(xs: list[float]) -> list[float]:
    m, s = mean(xs), stdev(xs)
    return [round((x - m) / s, 3) for x in xs]


if __name__ == "__main__":
    data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    print(mean(data), round(stdev(data), 4))
    print(zscores(data))
    assert round(stdev(data), 4) == 2.1381
