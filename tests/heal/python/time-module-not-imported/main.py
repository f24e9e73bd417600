"""Polls a job until it is done."""
import itertools


def wait_until_done(check, interval=0.0):
    for attempt in itertools.count(1):
        if check(attempt):
            return attempt
        time.sleep(interval)


print(wait_until_done(lambda attempt: attempt == 3))
