"""Distance between two survey pegs, in metres."""
import math


def peg_distance(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])


if __name__ == "__main__":
    print("peg 3 -> peg 4:", round(peg_distance((0.0, 0.0), (12.5, 7.25)), 2), "m")
