from billing.report import invoice_lines


def test_invoice():
    lines = invoice_lines([("consulting", "950.00", 3), ("travel", "12.345", 2)])
    assert lines[0].endswith("2,850.00 EUR")
    assert lines[-1].endswith("2,874.70 EUR")
