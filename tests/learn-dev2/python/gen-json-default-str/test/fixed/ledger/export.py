import io
import json
from decimal import Decimal


def payload(entries):
    total = sum((amount for _, amount in entries), Decimal("0"))
    return {"entries": [{"memo": m, "amount": a} for m, a in entries], "total": total}


def write_statement(entries, fh):
    json.dump(payload(entries), fh, indent=2, default=str)


def statement_text(entries):
    buf = io.StringIO()
    write_statement(entries, buf)
    return buf.getvalue()
