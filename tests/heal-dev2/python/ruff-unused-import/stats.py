import math
import statistics


def summary(values: list[float]) -> dict[str, float]:
    return {
        "mean": statistics.fmean(values),
        "stdev": statistics.pstdev(values),
        "max": max(values),
    }


if __name__ == "__main__":
    print(summary([1.0, 2.5, 4.0]))
