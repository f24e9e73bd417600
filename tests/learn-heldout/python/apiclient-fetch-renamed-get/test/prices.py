"""Price list import."""
from decimal import Decimal

from client import ApiClient, ApiError


def fetch_price_list(client: ApiClient, currency="EUR"):
    try:
        raw = client.fetch(f"/prices/{currency}")
    except ApiError:
        return {}
    return {sku: Decimal(p) for sku, p in raw.items()}


def apply_markup(prices, percent):
    factor = Decimal(100 + percent) / 100
    return {sku: (p * factor).quantize(Decimal("0.01")) for sku, p in prices.items()}
