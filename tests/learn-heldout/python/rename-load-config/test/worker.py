"""Deploy worker: pulls jobs and applies them one at a time."""
import time

from settings import load_config


class Worker:
    def __init__(self, name):
        self.name = name
        self.done = []

    def run_job(self, job):
        started = time.monotonic()
        self.done.append(job)
        return time.monotonic() - started


def build_worker(name):
    cfg = load_config("config.json")
    worker = Worker(name)
    worker.timeout = cfg["timeout"]
    worker.count = cfg["workers"]
    return worker
