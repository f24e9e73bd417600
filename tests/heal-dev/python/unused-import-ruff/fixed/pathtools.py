import os
from pathlib import PurePosixPath


def split_ext(name: str) -> tuple[str, str]:
    p = PurePosixPath(name)
    return p.stem, p.suffix


def common_root(paths: list[str]) -> str:
    return os.path.commonpath(paths) if paths else ""


if __name__ == "__main__":
    print(split_ext("archive.tar.gz"), common_root(["/srv/a/b", "/srv/a/c"]))
