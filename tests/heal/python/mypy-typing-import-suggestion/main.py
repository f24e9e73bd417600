def first(items: list[str]) -> Optional[str]:
    return items[0] if items else None
