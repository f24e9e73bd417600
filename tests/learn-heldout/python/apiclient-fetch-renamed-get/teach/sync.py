"""Sync stock levels from the inventory API into the local cache."""
from client import ApiClient


def sync_stock(client, skus):
    levels = {}
    for sku in skus:
        item = client.fetch(f"/items/{sku}")
        levels[sku] = int(item["stock"])
    return levels


def low_stock(levels, threshold=3):
    return sorted(sku for sku, n in levels.items() if n <= threshold)
