"""VAT calculation."""
from decimal import ROUND_HALF_UP, Decimal

RATES = {"standard": Decimal("0.20"), "reduced": Decimal("0.05"), "zero": Decimal("0")}


def vat_of(net, rate="standard"):
    return (Decimal(net) * RATES[rate]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def gross(net, rate="standard"):
    return Decimal(net) + vat_of(net, rate)


def net_from_gross(gross_amount, rate="standard"):
    """Inverse of gross(): the net amount contained in a VAT-inclusive price."""
    g = Decimal(gross_amount)
    return (g / (1 + RATES[rate])).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
