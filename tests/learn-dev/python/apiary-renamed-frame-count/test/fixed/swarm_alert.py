import hive

THRESHOLD = 9


def crowded(h):
    """A colony with many full frames is likely to swarm."""
    full = hive.frame_total(h) - sum(1 for f in h.frames if f.kind == "empty")
    return full >= THRESHOLD
