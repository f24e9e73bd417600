def clamp_qty(n: int) -> int:
    return max(0, min(n, 999))
