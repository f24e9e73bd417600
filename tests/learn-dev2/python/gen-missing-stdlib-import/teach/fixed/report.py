"""Builds the nightly export of greenhouse readings."""
import json


def export(readings):
    rows = [{"bed": bed, "moisture": m} for bed, m in readings]
    return json.dumps({"count": len(rows), "rows": rows}, sort_keys=True)
