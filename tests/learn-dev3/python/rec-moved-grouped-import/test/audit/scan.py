from inventory.helpers import (
    clamp_qty,
    parse_sku,
)


def count_by_family(counted):
    totals = {}
    for sku, qty in counted.items():
        family, _ = parse_sku(sku)
        totals[family] = totals.get(family, 0) + clamp_qty(qty)
    return totals
