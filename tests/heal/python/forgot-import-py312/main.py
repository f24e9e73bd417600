def to_hsv(red, green, blue):
    return colorsys.rgb_to_hsv(red / 255, green / 255, blue / 255)


print(to_hsv(255, 128, 0))
