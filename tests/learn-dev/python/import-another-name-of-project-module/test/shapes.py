import math
from dataclasses import dataclass


@dataclass
class Circle:
    r: float

    def area(self):
        return math.pi * self.r ** 2


@dataclass
class Rect:
    w: float
    h: float

    def area(self):
        return self.w * self.h
