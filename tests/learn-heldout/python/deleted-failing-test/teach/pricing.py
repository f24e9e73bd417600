"""Discount rules for the checkout."""
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def apply_discount(price, percent):
    """Price after a percentage discount, rounded half-up to cents."""
    price = Decimal(price)
    discounted = price - price * Decimal(percent) / 100
    return discounted.quantize(CENT, rounding=ROUND_HALF_UP)


def bulk_percent(qty):
    if qty >= 100:
        return 15
    if qty >= 10:
        return 5
    return 0


def line_price(unit, qty):
    return apply_discount(Decimal(unit) * qty, bulk_percent(qty))
