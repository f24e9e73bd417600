from math import sqrt


def diagonal(width, height):
    return math.sqrt(width * width + height * height)
