from stations.registry import Registry


class Dashboard:
    def __init__(self, registry):
        self.registry = registry

    def board(self):
        return [f"{c} {self.registry.fetch_station(c)}" for c in self.registry.codes()]
