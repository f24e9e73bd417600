"""Invoice rendering for the print shop."""

LINE = "-" * 32


def money(cents, currency):
    return f"{cents / 100:.2f} {currency}"


def render_invoice(customer, items, currency):
    """items: list of (label, cents). currency became required in v2."""
    out = [f"INVOICE for {customer}", LINE]
    for label, cents in items:
        out.append(f"{label:<20}{money(cents, currency):>12}")
    out.append(LINE)
    out.append(f"{'total':<20}{money(sum(c for _, c in items), currency):>12}")
    return "\n".join(out)
