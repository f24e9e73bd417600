import time
from typing import Any


class TTLCache:
    def __init__(self, ttl_seconds: float, on_expire: str = "drop") -> None:
        self.ttl = ttl_seconds
        self.on_expire = on_expire
        self._data: dict[str, tuple[float, Any]] = {}

    def put(self, key: str, value: Any) -> None:
        self._data[key] = (time.monotonic() + self.ttl, value)

    def get(self, key: str, default: Any = None) -> Any:
        entry = self._data.get(key)
        if entry is None:
            return default
        expires, value = entry
        if expires < time.monotonic():
            if self.on_expire == "drop":
                del self._data[key]
            return default
        return value

    def purge(self) -> int:
        now = time.monotonic()
        stale = [k for k, (exp, _) in self._data.items() if exp < now]
        for k in stale:
            del self._data[k]
        return len(stale)
