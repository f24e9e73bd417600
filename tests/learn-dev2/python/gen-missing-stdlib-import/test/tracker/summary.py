from dataclasses import dataclass


@dataclass
class Lap:
    runner: str
    seconds: float


def median_lap(laps):
    return statistics.median(lap.seconds for lap in laps)


def fastest(laps):
    return min(laps, key=lambda lap: lap.seconds)
