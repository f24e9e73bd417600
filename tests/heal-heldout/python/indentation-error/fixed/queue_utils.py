from collections import deque


class BoundedQueue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = deque()

    def push(self, item):
        """Add an item, dropping the oldest one when full. Returns the dropped item or None."""
        dropped = None
        if len(self.items) == self.capacity:
            dropped = self.items.popleft()
        self.items.append(item)
        return dropped

    def __len__(self):
        return len(self.items)
