from dataclasses import dataclass


@dataclass
class Commit:
    author: str
    files_changed: int


def files_by_author(commits):
    out = defaultdict(int)
    for c in commits:
        out[c.author] += c.files_changed
    return dict(out)


if __name__ == "__main__":
    log = [Commit("ana", 3), Commit("bo", 1), Commit("ana", 2)]
    print(files_by_author(log))
