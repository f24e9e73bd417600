from checkout import Customer, receipt


def test_receipt_german():
    assert receipt(Customer("Jonas", "de_DE"), 1999) == "Jonas: 19,99"


def test_receipt_english():
    assert receipt(Customer("Mia", "en_GB"), 505) == "Mia: 5.05"
