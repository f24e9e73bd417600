from client import Client


def test_options_carry_read_timeout():
    c = Client("https://api.test", read_timeout=4.0)
    c.record_timeout()
    assert c.request_options() == {"url": "https://api.test", "timeout": 4.0}
