"""Warehouse stock report."""


def load(rows):
    return [(r["bin"], r["sku"], int(r["qty"])) for r in rows]


def bins(items):
    return sorted({b for b, _, _ in items})


def render(rows):
    items = load(rows)
    lines = []
    total = 0
    for b in bins(items):
        qty = sum(q for bb, _, q in items if bb == b)
        total += qty
        lines.append(f"bin {b}: {qty} units")
    lines.append(f"all bins: {totl} units")
    return "\n".join(lines)
