"""Order models; lives in core/ since the package split."""
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Line:
    sku: str
    qty: int
    unit_price: Decimal


@dataclass
class Order:
    number: str
    lines: list = field(default_factory=list)

    def total(self):
        return sum((l.unit_price * l.qty for l in self.lines), Decimal("0"))
