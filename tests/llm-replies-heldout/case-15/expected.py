import sys
import time


def progress_bar(done, total, width=20):
    filled = int(width * done / total)
    bar = "#" * filled + "-" * (width - filled)
    return "[" + bar + "] " + str(done) + "/" + str(total)


def run(steps):
    for i in range(1, steps + 1):
        time.sleep(0)
        sys.stdout.write("\r" + progress_bar(i, steps))
    sys.stdout.write("\n")


if __name__ == "__main__":
    run(5)
