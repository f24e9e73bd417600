"""Brine calculator for lacto-fermentation."""
from decimal import ROUND_HALF_UP
import sys

SALT_PERCENT = {"cabbage": "2.0", "cucumber": "3.5", "carrot": "2.5"}


def grams(n):
    return n.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def salt_for(vegetable, water_g):
    pct = Decimal(SALT_PERCENT[vegetable])
    return grams(Decimal(water_g) * pct / Decimal(100))


if __name__ == "__main__":
    veg = sys.argv[1] if len(sys.argv) > 1 else "cucumber"
    print(f"{veg}: {salt_for(veg, 750)} g salt per 750 g water")
