from dashboard import Dashboard
from stations.registry import Registry


def test_board_lists_every_station():
    assert Dashboard(Registry()).board() == ["KRK Krakow Glowny", "WAW Warszawa Centralna"]
