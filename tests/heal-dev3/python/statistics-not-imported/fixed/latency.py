import statistics
import sys


def parse_samples(lines: list[str]) -> list[float]:
    samples = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        samples.append(float(line.split()[1]))
    return samples


def describe(samples: list[float]) -> str:
    med = statistics.median(samples)
    spread = max(samples) - min(samples)
    return f"n={len(samples)} median={med:.1f}ms spread={spread:.1f}ms"


LOG = """
# endpoint latency_ms
/login 120.5
/login 98.0
/search 240.0
/login 101.5
"""

if __name__ == "__main__":
    text = describe(parse_samples(LOG.splitlines()))
    print(text)
    if text != "n=4 median=111.0ms spread=142.0ms":
        sys.exit(1)
