"""Nightly order digest."""
import asyncio
from dataclasses import dataclass


@dataclass
class Order:
    id: int
    customer: str
    cents: int


async def list_orders(day):
    await asyncio.sleep(0)
    return [Order(1, "acme", 1250), Order(2, "globex", 990), Order(3, "acme", 400)]


async def send_digest(lines):
    await asyncio.sleep(0)
    return len(lines)


async def digest(day):
    per_customer = {}
    orders = await list_orders(day)
    for order in orders:
        per_customer[order.customer] = per_customer.get(order.customer, 0) + order.cents
    lines = [f"{c}: {v / 100:.2f}" for c, v in sorted(per_customer.items())]
    sent = await send_digest(lines)
    return lines, sent


if __name__ == "__main__":
    lines, sent = asyncio.run(digest("2026-12-01"))
    print("\n".join(lines), f"({sent} lines sent)")
