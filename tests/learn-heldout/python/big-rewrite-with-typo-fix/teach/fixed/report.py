"""Monthly sales report.

Rewritten: rows are aggregated with a Counter, output is a markdown table
with a share column, and regions are ordered by revenue, not by name.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping

Row = Mapping[str, object]


class SalesReport:
    def __init__(self, rows: Iterable[Row]):
        self.by_region: Counter[str] = Counter()
        for row in rows:
            self.by_region[str(row["region"])] += int(row["amount"])  # type: ignore[call-overload]

    @property
    def total(self) -> int:
        return sum(self.by_region.values())

    def share(self, region: str) -> float:
        return self.by_region[region] / self.total if self.total else 0.0

    def markdown(self) -> str:
        out = ["| region | amount | share |", "|---|---:|---:|"]
        for region, amount in self.by_region.most_common():
            out.append(f"| {region} | {amount} | {self.share(region):.0%} |")
        out.append(f"| **total** | **{self.total}** | 100% |")
        return "\n".join(out)


def render(rows: Iterable[Row]) -> str:
    return SalesReport(rows).markdown()
