"""HTTP request description used by the crawler."""
from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass
class Request:
    url: str
    method: str = "GET"
    headers: dict = {}
    timeout: float = 10.0

    def with_header(self, name, value):
        self.headers[name.title()] = value
        return self

    def full_url(self, params=None):
        if not params:
            return self.url
        return f"{self.url}?{urlencode(sorted(params.items()))}"
