from pricing import final_price


def test_coupon_before_percent():
    assert final_price(100, 10, 20) == 72.0


def test_never_negative():
    assert final_price(10, 50, 20) == 0
