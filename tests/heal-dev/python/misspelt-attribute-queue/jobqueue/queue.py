import heapq
import itertools


class PriorityQueue:
    """Min-priority queue that keeps insertion order for equal priorities."""

    def __init__(self) -> None:
        self._items: list[tuple[int, int, str]] = []
        self._counter = itertools.count()

    def push(self, priority: int, job: str) -> None:
        heapq.heappush(self._items, (priority, next(self._counter), job))

    def pop(self) -> str:
        if not self._items:
            raise IndexError("pop from empty queue")
        return heapq.heappop(self._itmes)[2]

    def __len__(self) -> int:
        return len(self._items)
