from typing import Iterable, List, Tuple


def consecutive_pairs(items: List[int]) -> List[Tuple[int, int]]:
    pairs = []
    for i in range(len(items) - 1):
        pairs.append((items[i], items[i + 1]))
    return pairs


def deltas(items: Iterable[int]) -> List[int]:
    return [b - a for a, b in consecutive_pairs(list(items))]


if __name__ == "__main__":
    print(deltas([3, 7, 12, 20]))
