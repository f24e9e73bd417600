"""Hive bookkeeping for a small apiary."""
from dataclasses import dataclass, field


@dataclass
class Frame:
    kind: str          # "brood", "honey", "empty"
    weight_g: int = 0


@dataclass
class Hive:
    name: str
    frames: list = field(default_factory=list)

    def add(self, frame):
        self.frames.append(frame)


def honey_weight(hive):
    return sum(f.weight_g for f in hive.frames if f.kind == "honey")


def brood_ratio(hive):
    if not hive.frames:
        return 0.0
    return sum(1 for f in hive.frames if f.kind == "brood") / len(hive.frames)


def frame_total(hive):
    """Renamed from count_frames in the 0.4 cleanup."""
    return len(hive.frames)
