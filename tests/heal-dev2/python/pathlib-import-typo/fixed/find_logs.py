import tempfile
from pathlib import Path


def newest_logs(root, limit=2):
    files = sorted(Path(root).glob("*.log"), key=lambda p: p.name, reverse=True)
    return [f.name for f in files[:limit]]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        for name in ["2026-01-01.log", "2026-01-02.log", "notes.txt", "2026-01-03.log"]:
            Path(d, name).write_text("x")
        print(newest_logs(d))
