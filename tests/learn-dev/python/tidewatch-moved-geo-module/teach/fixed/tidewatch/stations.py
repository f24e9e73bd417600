"""Tide gauge stations and the nearest-station lookup."""
from dataclasses import dataclass

from tidewatch.geo import haversine


@dataclass(frozen=True)
class Station:
    code: str
    lat: float
    lon: float


STATIONS = [
    Station("BRST", 48.38, -4.49),
    Station("CHRB", 49.65, -1.64),
    Station("DNKQ", 51.05, 2.37),
]


def nearest(lat, lon):
    return min(STATIONS, key=lambda s: haversine(lat, lon, s.lat, s.lon))
