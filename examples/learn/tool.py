import sys

from helpers import settings_from

settings = load_config(sys.argv[1] if len(sys.argv) > 1 else "tool.toml")
print("tool:", settings)
