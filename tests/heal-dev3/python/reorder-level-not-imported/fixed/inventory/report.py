from .stock import Item, days_left, reorder_level


def needs_reorder(items: list[Item]) -> list[str]:
    return [i.sku for i in items if i.on_hand <= reorder_level(i)]


def summary(items: list[Item]) -> str:
    lines = []
    for item in sorted(items, key=days_left):
        lines.append(f"{item.sku}: {days_left(item):.1f} days")
    return "\n".join(lines)
