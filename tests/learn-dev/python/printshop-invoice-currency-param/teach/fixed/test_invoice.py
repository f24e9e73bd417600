from invoice import money, render_invoice


def test_money():
    assert money(1250, "EUR") == "12.50 EUR"


def test_render_has_total():
    text = render_invoice("Ostrowski", [("posters A2", 4500), ("flyers", 1200)], currency="EUR")
    assert text.splitlines()[-1].endswith("57.00 EUR")
