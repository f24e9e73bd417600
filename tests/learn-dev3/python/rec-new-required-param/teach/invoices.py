def render_invoice(total_cents: int, locale: str) -> str:
    sep = "," if locale.startswith("de") else "."
    return f"{total_cents // 100}{sep}{total_cents % 100:02d}"
