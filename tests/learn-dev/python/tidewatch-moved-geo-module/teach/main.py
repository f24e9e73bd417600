from tidewatch.stations import nearest

print(nearest(49.0, -2.0).code)
