"""Shopping cart pricing."""
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Product:
    sku: str
    price: Decimal
    active: bool = True


CATALOGUE: dict[str, Product] = {
    "TEA": Product("TEA", Decimal("3.50")),
    "MUG": Product("MUG", Decimal("8.00")),
}


def get_product(sku: str) -> Product | None:
    product = CATALOGUE.get(sku)
    if product is not None and not product.active:
        return None
    return product


def line_total(sku: str, qty: int) -> Decimal:
    if qty <= 0:
        raise ValueError("qty must be positive")
    product = get_product(sku)
    return product.price * qty


def cart_total(lines: dict[str, int]) -> Decimal:
    return sum((line_total(s, q) for s, q in lines.items()), Decimal("0"))
