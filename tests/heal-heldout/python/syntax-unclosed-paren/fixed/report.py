import statistics

RUNS_MS = [812, 790, 845, 1203, 799, 805]


def summary(samples):
    median = statistics.median(samples)
    spread = max(samples) - min(samples)
    outliers = [s for s in samples if abs(s - median) > 2 * statistics.pstdev(samples)]
    return median, spread, outliers


if __name__ == "__main__":
    median, spread, outliers = summary(RUNS_MS)
    print("median: {} ms, spread: {} ms".format(median, spread))
    print("outliers:", outliers)
