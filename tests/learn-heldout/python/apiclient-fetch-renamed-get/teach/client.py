"""Tiny in-process stand-in for the inventory HTTP API."""


class ApiError(Exception):
    pass


class ApiClient:
    def __init__(self, base_url, data=None):
        self.base_url = base_url.rstrip("/")
        self._data = data or {}
        self.calls = []

    def _url(self, path):
        return f"{self.base_url}/{path.lstrip('/')}"

    def get(self, path):
        """GET *path* (was ApiClient.fetch before v3)."""
        url = self._url(path)
        self.calls.append(("GET", url))
        if path not in self._data:
            raise ApiError(f"404 {url}")
        return self._data[path]

    def post(self, path, payload):
        url = self._url(path)
        self.calls.append(("POST", url))
        self._data[path] = payload
        return {"ok": True}
