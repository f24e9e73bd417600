"""Parse an nginx-style access log and print the top paths."""
from collections import Counter

LOG = """\
10.0.0.1 - - [06/Dec/2026:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 512
10.0.0.2 - - [06/Dec/2026:10:00:02 +0000] "GET /about HTTP/1.1" 200 128
10.0.0.1 - - [06/Dec/2026:10:00:03 +0000] "POST /login HTTP/1.1" 302 0
10.0.0.3 - - [06/Dec/2026:10:00:04 +0000] "GET /index.html HTTP/1.1" 304 0
garbage line
"""


def parse(lines):
    pattern = re.compile(r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3})')
    for line in lines:
        m = pattern.search(line)
        if m:
            yield m["method"], m["path"], int(m["status"])


def top_paths(lines, n=3):
    counts = Counter(path for _, path, _ in parse(lines))
    return counts.most_common(n)


for path, hits in top_paths(LOG.splitlines()):
    print(f"{hits:4} {path}")
