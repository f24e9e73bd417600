"""Parking tariff: first hour flat, then per started quarter hour."""
import math

FIRST_HOUR = "2.40"
QUARTER = "0.55"


def fee(minutes):
    if minutes <= 0:
        return Decimal("0")
    if minutes <= 60:
        return Decimal(FIRST_HOUR)
    quarters = math.ceil((minutes - 60) / 15)
    return Decimal(FIRST_HOUR) + quarters * Decimal(QUARTER)
