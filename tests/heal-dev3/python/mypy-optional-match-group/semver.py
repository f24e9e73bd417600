import re
from typing import NamedTuple, Optional

VERSION_RE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)$")


class Version(NamedTuple):
    major: int
    minor: int
    patch: int


def parse_version(text: str) -> Optional[Version]:
    m = VERSION_RE.match(text.strip())
    return Version(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def newest(tags: list[str]) -> Optional[Version]:
    versions = [v for v in (parse_version(t) for t in tags) if v is not None]
    return max(versions) if versions else None


def bump_minor(v: Version) -> Version:
    return Version(v.major, v.minor + 1, 0)
