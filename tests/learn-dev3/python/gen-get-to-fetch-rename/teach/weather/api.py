_TABLE = {"Oslo": (-3, "snow"), "Lisbon": (17, "sun")}


def fetch_forecast(city):
    temp, sky = _TABLE[city]
    return {"city": city, "temp": temp, "sky": sky}
