import re

VERSION = "0.9.1"


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
