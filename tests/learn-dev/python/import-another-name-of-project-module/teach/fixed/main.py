"""Greenhouse log: readings arrive in Fahrenheit from the old controller."""
from units import to_celsius, to_fahrenheit

READINGS_F = [68.0, 71.6, 77.0, 84.2]
LIMIT_C = 27


def too_hot(values):
    return [v for v in values if to_celsius(v) > LIMIT_C]


print("limit", to_fahrenheit(LIMIT_C), "F")
print("alarms:", too_hot(READINGS_F))
