def final_price(price, percent_off, coupon_amount):
    """Coupon is taken off first, then the percentage discount."""
    discounted = price * (1 - percent_off / 100)
    return round(max(discounted - coupon_amount, 0), 2)
