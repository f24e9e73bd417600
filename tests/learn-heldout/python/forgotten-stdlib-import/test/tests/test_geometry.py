import pytest

from geometry import Point, distance, polygon_perimeter, regular_polygon


def test_distance():
    assert distance(Point(0, 0), Point(3, 4)) == 5


def test_square_perimeter():
    square = regular_polygon(4, 1.0)
    assert polygon_perimeter(square) == pytest.approx(4 * 2 ** 0.5)
