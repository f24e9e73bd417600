class Cart:
    def __init__(self):
        self.items = []

    def add(self, name, price, qty=1):
        self.items.append((name, price, qty))

    def is_empty(self):
        return len(self.items) == 0

    def total(self):
        return sum(price * qty for _, price, qty in self.items)


def checkout(cart):
    if cart.is_empty():
        return "nothing to pay"
    return f"pay {cart.total():.2f}"


if __name__ == "__main__":
    c = Cart()
    print(checkout(c))
    c.add("tea", 3.5, 2)
    print(checkout(c))
