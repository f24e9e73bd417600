from money import shipping_fee


def test_fee_is_in_euros():
    assert str(shipping_fee(0.5)) == "4.90 EUR"
    assert str(shipping_fee(3)) == "7.90 EUR"
