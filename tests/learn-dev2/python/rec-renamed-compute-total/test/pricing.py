"""Price calculations shared by the order tools."""

VAT_RATE = 0.07


def compute_total(items, discount=0.0):
    """Sum of quantity * unit price, minus a fractional discount, plus VAT."""
    net = sum(qty * price for _, qty, price in items)
    net -= net * discount
    return round(net * (1 + VAT_RATE), 2)


def format_eur(amount):
    return f"{amount:.2f} EUR"
