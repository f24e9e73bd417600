from typing import List


def first(items: List[str]) -> Optional[str]:
    return items[0] if items else None


print(first(["a"]))
