import hashlib
from pathlib import PurePosixPath


class Fingerprint:
    def __init__(self, path, data):
        self.name = PurePosixPath(path).name
        self.data = data

    def short(self):
        return hashlib.sha256(self.data).hexdigest()[:12]
