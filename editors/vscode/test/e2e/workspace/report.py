"""Report tool."""
import os
import sys


def main():
    print(json.dumps({"cwd": os.getcwd()}), file=sys.stderr)


if __name__ == "__main__":
    main()
