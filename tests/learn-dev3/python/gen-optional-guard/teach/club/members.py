from dataclasses import dataclass
from typing import Optional


@dataclass
class Member:
    mid: int
    email: str


def find_member(members: list[Member], mid: int) -> Optional[Member]:
    for m in members:
        if m.mid == mid:
            return m
    return None
