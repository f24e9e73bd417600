from dataclasses import dataclass


@dataclass
class Response:
    status: int
    body: str


def fetch(url: str, *, timeout: float = 5.0, retries: int = 0) -> Response:
    # stand-in for a network call
    return Response(status=200, body=f"{url} (timeout={timeout}, retries={retries})")


def health(base: str) -> bool:
    r = fetch(base + "/health", timeout=1.5)
    return r.status == 200
