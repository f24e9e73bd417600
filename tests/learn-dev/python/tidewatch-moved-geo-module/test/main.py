from tidewatch.buoys import track_length

print(round(track_length([(47.0, -5.0), (47.1, -5.2), (47.3, -5.1)]), 1), "km")
