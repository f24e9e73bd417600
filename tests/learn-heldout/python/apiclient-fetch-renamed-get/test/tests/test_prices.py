from decimal import Decimal

from client import ApiClient
from prices import apply_markup, fetch_price_list


def test_price_list_with_markup():
    api = ApiClient("http://inv/", {"/prices/EUR": {"a": "10.00", "b": "2.50"}})
    prices = fetch_price_list(api)
    assert apply_markup(prices, 10) == {"a": Decimal("11.00"), "b": Decimal("2.75")}
    assert fetch_price_list(api, "USD") == {}
