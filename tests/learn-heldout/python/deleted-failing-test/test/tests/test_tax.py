from decimal import Decimal

from tax import gross, net_from_gross, vat_of


def test_vat_standard():
    assert vat_of("10.00") == Decimal("2.00")


def test_gross_reduced():
    assert gross("10.00", "reduced") == Decimal("10.50")


def test_net_from_gross_roundtrip():
    for net in ("10.00", "0.99", "123.45"):
        for rate in ("standard", "reduced", "zero"):
            assert net_from_gross(gross(net, rate), rate) == Decimal(net)
