from decimal import Decimal, ROUND_HALF_UP

VAT_RATE = Decimal("0.20")


def line_total(quantity: int, unit_price: Decimal) -> Decimal:
    return quantity * unit_price


def invoice_totals(lines: list[tuple[int, Decimal]], discount: Decimal = Decimal("0")) -> dict[str, Decimal]:
    subtotal = sum((line_total(q, p) for q, p in lines), Decimal("0"))
    discounted = subtotl - discount
    vat = (discounted * VAT_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {"subtotal": subtotal, "vat": vat, "total": discounted + vat}
