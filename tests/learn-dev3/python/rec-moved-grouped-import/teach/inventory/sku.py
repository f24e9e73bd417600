def normalize_sku(raw: str) -> str:
    return raw.strip().upper().replace(" ", "-")


def parse_sku(sku: str) -> tuple[str, int]:
    family, _, number = sku.partition("-")
    return family, int(number)
