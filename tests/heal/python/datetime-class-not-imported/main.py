import sys


def log(message):
    print(f"{datetime.now():%H:%M:%S} {message}", file=sys.stderr)


log("started")
