from tracker.summary import Lap, fastest, median_lap

LAPS = [Lap("ines", 71.2), Lap("tom", 69.8), Lap("ada", 74.0), Lap("raj", 70.5)]

if __name__ == "__main__":
    print("fastest:", fastest(LAPS).runner)
    print("median lap:", median_lap(LAPS))
