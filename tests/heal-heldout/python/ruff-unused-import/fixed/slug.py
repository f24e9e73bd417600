import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title: str, max_len: int = 40) -> str:
    slug = _NON_WORD.sub("-", title.lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug
