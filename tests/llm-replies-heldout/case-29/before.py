def mean(values):
    total = sum(values)
    count = len(values)
    return total / count


def weighted_mean(values, weights):
    total = sum(v * w for v, w in zip(values, weights))
    count = sum(weights)
    return total / count


if __name__ == "__main__":
    print(mean([1, 2, 3]))
    print(weighted_mean([4, 5], [0, 0]))
