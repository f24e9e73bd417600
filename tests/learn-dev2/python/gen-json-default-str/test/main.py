from decimal import Decimal

from ledger.export import statement_text

if __name__ == "__main__":
    print(statement_text([("rent", Decimal("-950.00")), ("refund", Decimal("42.10"))]))
