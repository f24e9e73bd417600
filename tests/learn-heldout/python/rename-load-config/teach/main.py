"""Entry point of the nightly report generator."""
import sys

from settings import load_config


def describe(cfg):
    lines = []
    for key in sorted(cfg):
        lines.append(f"{key:>10} = {cfg[key]}")
    return "\n".join(lines)


def main(argv):
    cfg = load_config()
    if cfg["workers"] < 1:
        print("workers must be >= 1", file=sys.stderr)
        return 2
    print(describe(cfg))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
