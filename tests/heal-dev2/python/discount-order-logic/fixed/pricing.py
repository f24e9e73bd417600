def final_price(price, percent_off, coupon_amount):
    """Coupon is taken off first, then the percentage discount."""
    after_coupon = max(price - coupon_amount, 0)
    return round(after_coupon * (1 - percent_off / 100), 2)
