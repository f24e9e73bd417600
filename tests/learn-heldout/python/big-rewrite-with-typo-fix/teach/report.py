"""Monthly sales report (plain text)."""
from collections import defaultdict


def group_by_region(rows):
    groups = defaultdict(list)
    for row in rows:
        groups[row["region"]].append(row)
    return groups


def region_total(rows):
    total = 0
    for row in rows:
        total += row["amount"]
    return total


def format_line(region, amount, width=12):
    return region.ljust(width) + str(amount).rjust(10)


def render(rows):
    groups = group_by_region(rows)
    lines = ["Region           Amount", "-" * 22]
    total = 0
    for region in sorted(groups):
        amount = region_total(groups[region])
        total += amount
        lines.append(format_line(region, amount))
    lines.append("-" * 22)
    lines.append(format_line("TOTAL", totl))
    return "\n".join(lines)
