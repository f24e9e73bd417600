import asyncio

PRICES = {"apple": 0.5, "bread": 2.25, "milk": 1.1}


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.01)
    return PRICES[item]


async def basket_total(items: dict[str, int]) -> float:
    total = 0.0
    for item, qty in items.items():
        price = fetch_price(item)
        total += price * qty
    return round(total, 2)


if __name__ == "__main__":
    t = asyncio.run(basket_total({"apple": 6, "bread": 1, "milk": 2}))
    print(t)
    assert t == 7.45
