"""Invoice rendering."""
from decimal import Decimal

from models import Order

VAT = Decimal("0.21")


def invoice_text(order: Order) -> str:
    net = order.total()
    vat = (net * VAT).quantize(Decimal("0.01"))
    rows = [f"Invoice for order {order.number}"]
    for line in order.lines:
        rows.append(f"  {line.sku:<8} x{line.qty:<3} {line.unit_price:>8}")
    rows.append(f"  net {net:>18}")
    rows.append(f"  vat {vat:>18}")
    rows.append(f"  total {net + vat:>16}")
    return "\n".join(rows)
