from weather import api

for city in ["Oslo", "Lisbon"]:
    f = api.get_forecast(city)
    print(f"{f['city']}: {f['temp']}C {f['sky']}")
