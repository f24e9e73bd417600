class Registry:
    def __init__(self):
        self._stations = {"KRK": "Krakow Glowny", "WAW": "Warszawa Centralna"}

    def fetch_station(self, code):
        return self._stations[code]

    def codes(self):
        return sorted(self._stations)
