"""Drifting buoy tracks."""


def track_length(points):
    from tidewatch.geo import haversine
    total = 0.0
    for (a_lat, a_lon), (b_lat, b_lon) in zip(points, points[1:]):
        total += haversine(a_lat, a_lon, b_lat, b_lon)
    return total
