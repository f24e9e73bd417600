"""Geometry helpers for the plotter."""
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


def distance(a, b):
    return math.hypot(b.x - a.x, b.y - a.y)


def polygon_perimeter(points):
    total = 0.0
    for i, p in enumerate(points):
        total += distance(p, points[(i + 1) % len(points)])
    return total


def regular_polygon(n, radius):
    step = 2 * math.pi / n
    return [Point(radius * math.cos(i * step), radius * math.sin(i * step)) for i in range(n)]
