"""Order total helpers."""

from dataclasses import dataclass


@dataclass
class LineItem:
    sku: str
    quantity: int
    unit_price: float


def order_total(items, discount=0.0):
    total = 0.0
    for item in items:
        total += item.quantity * item.unit_price
    if discount:
        total -= total * discount
    return round(total, 2)


if __name__ == "__main__":
    cart = [LineItem("A-100", 2, 9.99), LineItem("B-200", 1, 24.50)]
    print(order_total(cart, discount=0.1))
