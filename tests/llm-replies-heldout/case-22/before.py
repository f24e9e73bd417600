class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self._stock = {}

    def add(self, sku, qty):
        if qty <= 0:
            raise ValueError("qty must be positive")
        self._stock[sku] = self._stock.get(sku) + qty

    def remove(self, sku, qty):
        have = self._stock.get(sku, 0)
        if have < qty:
            raise OutOfStock(sku)
        self._stock[sku] = have - qty

    def count(self, sku):
        return self._stock.get(sku, 0)


if __name__ == "__main__":
    inv = Inventory()
    inv.add("widget", 3)
    inv.remove("widget", 1)
    print(inv.count("widget"))
