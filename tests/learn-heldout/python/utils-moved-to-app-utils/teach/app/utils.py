"""Small text helpers shared across the app (moved here from the top-level utils module)."""
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text):
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_WORD.sub("-", norm.lower()).strip("-")


def truncate(text, width=40, tail="..."):
    if len(text) <= width:
        return text
    return text[: width - len(tail)].rstrip() + tail
