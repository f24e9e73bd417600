from decimal import Decimal

from billing.invoice import invoice_text
from core.models import Line, Order

order = Order("A-17", [Line("PEN", 3, Decimal("1.20")), Line("PAD", 1, Decimal("4.00"))])
print(invoice_text(order))
