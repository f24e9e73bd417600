import os
import sys


def config_file(name):
    return Path(os.path.expanduser("~")) / ".config" / name


print(config_file("app.toml"), file=sys.stdout)
