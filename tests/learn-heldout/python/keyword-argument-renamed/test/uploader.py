"""Upload reports to the (flaky) archive."""
from retry import retry


class FlakyArchive:
    def __init__(self, failures):
        self.failures = failures
        self.stored = []

    def put(self, name):
        if self.failures:
            self.failures -= 1
            raise OSError("connection reset")
        self.stored.append(name)
        return len(self.stored)


def upload_all(archive, names):
    results = []
    for name in names:
        results.append(retry(lambda: archive.put(name), tries=5, sleep=lambda s: None))
    return results
