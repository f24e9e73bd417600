from .money import fmt_money, to_cents


def invoice_lines(items: list[tuple[str, str, int]]) -> list[str]:
    lines = []
    total = 0
    for name, unit_price, qty in items:
        cents = to_cents(unit_price) * qty
        total += cents
        lines.append(f"{name:<20}{qty:>4} x {unit_price:>8} = {fmt_money(cents)}")
    lines.append(f"{'TOTAL':<38}{fmt_money(total)}")
    return lines
