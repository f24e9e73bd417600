import hive

THRESHOLD = 9


def crowded(h):
    """A colony with many full frames is likely to swarm."""
    full = hive.count_frames(h) - sum(1 for f in h.frames if f.kind == "empty")
    return full >= THRESHOLD
