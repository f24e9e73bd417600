from decimal import Decimal

from billing import invoice_totals, line_total


def test_line_total() -> None:
    assert line_total(3, Decimal("2.50")) == Decimal("7.50")


def test_invoice_with_discount() -> None:
    totals = invoice_totals([(2, Decimal("10.00")), (1, Decimal("4.99"))], discount=Decimal("5.00"))
    assert totals["subtotal"] == Decimal("24.99")
    assert totals["vat"] == Decimal("4.00")
    assert totals["total"] == Decimal("23.99")
