import re

SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")


def parse(version):
    m = SEMVER.match(version.strip())
    if not m:
        raise ValueError(f"not a version: {version!r}")
    major, minor, patch, pre = m.groups()
    return int(major), int(minor), int(patch), pre


def bump_minor(version):
    major, minor, _patch, _pre = parse(version)
    return f"{major}.{minor + 1}.0"
