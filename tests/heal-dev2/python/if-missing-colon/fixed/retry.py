import time


def call_with_retry(fn, attempts=3, delay=0.0):
    last_error = None
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except ConnectionError as exc:
            last_error = exc
            if attempt == attempts:
                break
            time.sleep(delay * attempt)
    raise RuntimeError(f"gave up after {attempts} attempts") from last_error


if __name__ == "__main__":
    calls = {"n": 0}

    def flaky():
        calls["n"] += 1
        if calls["n"] < 3:
            raise ConnectionError("reset")
        return "ok"

    print(call_with_retry(flaky), "after", calls["n"], "calls")
