"""Groups a day's gate log into consecutive runs per badge."""
from itertools import groupby
from operator import itemgetter

LOG = [
    ("08:01", "B-17"), ("08:02", "B-17"), ("08:05", "C-03"),
    ("08:06", "B-17"), ("08:07", "B-17"), ("08:07", "B-17"),
]


def runs(log):
    for badge, group in groupby(log, key=itemgetter(1)):
        entries = list(group)
        yield badge, entries[0][0], len(entries)


if __name__ == "__main__":
    for badge, start, n in runs(LOG):
        print(f"{badge} from {start}: {n} swipes")
