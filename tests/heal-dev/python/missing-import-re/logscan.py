from collections import Counter

LOG = """\
2026-11-02 10:00:01 GET /index.html 200 512
2026-11-02 10:00:02 GET /missing 404 0
2026-11-02 10:00:05 POST /api/login 200 87
2026-11-02 10:00:09 GET /api/items?page=2 500 0
2026-11-02 10:01:00 GET /index.html 200 512
"""

LINE = r"^(\S+) (\S+) (GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)$"


def parse(log: str) -> list[tuple[str, str, int, int]]:
    rows = []
    for m in re.finditer(LINE, log, flags=re.MULTILINE):
        _, _, method, path, status, size = m.groups()
        rows.append((method, path.split("?")[0], int(status), int(size)))
    return rows


if __name__ == "__main__":
    rows = parse(LOG)
    by_status = Counter(status for _, _, status, _ in rows)
    print(by_status)
    assert len(rows) == 5
    assert by_status[200] == 3
    assert sum(size for *_, size in rows) == 1111
