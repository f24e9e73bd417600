ZONES: dict[str, str] = {"no": "efta", "de": "eu", "ch": "efta"}


class Declaration:
    def __init__(self, country: str, value_cents: int) -> None:
        self.country = country
        self.value_cents = value_cents

    def zone_label(self) -> str:
        zone = ZONES.get(self.country)
        if zone is None:
            return "WORLD/" + self.country
        return zone.upper() + "/" + self.country
