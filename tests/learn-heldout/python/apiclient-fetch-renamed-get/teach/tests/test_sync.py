from client import ApiClient
from sync import low_stock, sync_stock


def test_sync_and_low_stock():
    api = ApiClient("http://inv", {"/items/a": {"stock": "2"}, "/items/b": {"stock": "10"}})
    levels = sync_stock(api, ["a", "b"])
    assert levels == {"a": 2, "b": 10}
    assert low_stock(levels) == ["a"]
