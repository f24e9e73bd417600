"""Retry with exponential back-off."""
import time


class GaveUp(Exception):
    pass


def retry(fn, attempts=3, base_delay=0.0, sleep=time.sleep):
    """Call fn until it succeeds (parameter ``tries`` is now ``attempts``)."""
    last = None
    for n in range(attempts):
        try:
            return fn()
        except OSError as exc:
            last = exc
            sleep(base_delay * (2 ** n))
    raise GaveUp(f"gave up after {attempts} attempts") from last
