from collections import OrderedDict
from typing import Optional


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: "OrderedDict[str, int]" = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Optional[int]:
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: str, value: int) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            self.data.popitem(last=False)


def fib_cached(n: int, cache: LRUCache) -> int:
    hit = cache.get(str(n))
    if hit is not None:
        return hit
    value = n if n < 2 else fib_cached(n - 1, cache) + fib_cached(n - 2, cache)
    cache.put(str(n), value)
    return value


if __name__ == "__main__":
    c = LRUCache(64)
    print(fib_cached(60, c), c.hits, c.misses)
    assert fib_cached(60, c) == 1548008755920
