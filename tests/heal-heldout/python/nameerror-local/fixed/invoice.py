LINE_ITEMS = [
    ("widget", 3, 4.25),
    ("gadget", 1, 19.99),
    ("gizmo", 12, 0.80),
]
TAX_RATE = 0.2


def invoice_total(items):
    subtotal = 0.0
    for _name, qty, unit_price in items:
        subtotal += qty * unit_price
    tax = subtotal * TAX_RATE
    return round(subtotal + tax, 2)


if __name__ == "__main__":
    print(f"total due: {invoice_total(LINE_ITEMS):.2f}")
