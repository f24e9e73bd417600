import re


def slugify(title):
    s = re.sub(r"[^a-zA-Z0-9]+", "-", title).strip("-")
    return s.lower()
