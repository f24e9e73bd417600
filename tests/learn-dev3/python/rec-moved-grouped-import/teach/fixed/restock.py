from inventory.sku import (
    normalize_sku,
    parse_sku,
)


def plan(rows):
    out = {}
    for raw, qty in rows:
        family, number = parse_sku(normalize_sku(raw))
        out.setdefault(family, []).append((number, qty))
    return out
