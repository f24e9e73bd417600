class Station:
    def __init__(self, name, unit="C"):
        self.name = name
        self.unit = unit
        self.readings = []

    def record(self, value):
        self.readings.append(value)

    def headline(self):
        latest = self.readings[-1]
        return self.name + ": " + str(latest) + " " + self.unit
