def apply_discount(price, percent):
    """Price after a percentage discount, rounded to cents."""
    if not 0 <= percent <= 100:
        raise ValueError(f"bad discount {percent}")
    return round(price * (100 - percent) / 100, 2)
