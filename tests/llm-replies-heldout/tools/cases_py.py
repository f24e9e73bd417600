from gen import C, H, B

# P1 clean --------------------------------------------------------------
C(language="python", path="shop/pricing.py", line_of="totl",
  before='''
"""Order total helpers."""

from dataclasses import dataclass


@dataclass
class LineItem:
    sku: str
    quantity: int
    unit_price: float


def order_total(items, discount=0.0):
    total = 0.0
    for item in items:
        total += item.quantity * item.unit_price
    if discount:
        total -= totl * discount
    return round(total, 2)


if __name__ == "__main__":
    cart = [LineItem("A-100", 2, 9.99), LineItem("B-200", 1, 24.50)]
    print(order_total(cart, discount=0.1))
''',
  fixes=[("        total -= totl * discount", "        total -= total * discount")],
  reply=H("Fix typo in discount calculation",
          "`totl` is a misspelling of the local variable `total`.", 0.97) + "\n"
  + B("        total -= totl * discount", "        total -= total * discount") + "\n",
  quirks=[], should_apply=True)

# P2 fenced header + prose before ---------------------------------------
C(language="python", path="accounts/report.py", line_of="{user.name}",
  before='''
import json

RAW = """
[
  {"name": "Ada Lovelace", "email": "ada@example.com", "active": true},
  {"name": "Alan Turing", "email": "alan@example.com", "active": false}
]
"""


def load_users(raw):
    return json.loads(raw)


def format_user(user):
    return f"{user.name} <{user['email']}>"


def active_users(users):
    return [format_user(u) for u in users if u["active"]]


if __name__ == "__main__":
    for line in active_users(load_users(RAW)):
        print(line)
''',
  fixes=[('    return f"{user.name} <{user[\'email\']}>"',
          '    return f"{user[\'name\']} <{user[\'email\']}>"')],
  reply='''The users are plain dicts parsed from JSON, so attribute access fails. Use key lookup like the email field does.

```json
{"title": "Use dict key access for user name", "explanation": "json.loads returns dicts; `user.name` raises AttributeError, use `user['name']`.", "confidence": 0.95, "deletes": false}
```

<<<<<<< SEARCH
    return f"{user.name} <{user['email']}>"
=======
    return f"{user['name']} <{user['email']}>"
>>>>>>> REPLACE
''',
  quirks=["prose-before", "fenced-header"], should_apply=True)

# P3 filename line + fenced blocks --------------------------------------
C(language="python", path="cli/progress.py", line_of='"] " + done',
  before='''
import sys
import time


def progress_bar(done, total, width=20):
    filled = int(width * done / total)
    bar = "#" * filled + "-" * (width - filled)
    return "[" + bar + "] " + done + "/" + str(total)


def run(steps):
    for i in range(1, steps + 1):
        time.sleep(0)
        sys.stdout.write("\\r" + progress_bar(i, steps))
    sys.stdout.write("\\n")


if __name__ == "__main__":
    run(5)
''',
  fixes=[('    return "[" + bar + "] " + done + "/" + str(total)',
          '    return "[" + bar + "] " + str(done) + "/" + str(total)')],
  reply='''{"title": "Convert done count to str", "explanation": "`done` is an int and cannot be concatenated to a str.", "confidence": 0.93, "deletes": false}

cli/progress.py
```python
<<<<<<< SEARCH
    return "[" + bar + "] " + done + "/" + str(total)
=======
    return "[" + bar + "] " + str(done) + "/" + str(total)
>>>>>>> REPLACE
```
''',
  quirks=["filename-line", "fenced-blocks"], should_apply=True)

# P4 uniform indentation offset (model dedented a method by 4) ----------
C(language="python", path="warehouse/inventory.py", line_of="self._stock.get(sku) + qty",
  before='''
class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self._stock = {}

    def add(self, sku, qty):
        if qty <= 0:
            raise ValueError("qty must be positive")
        self._stock[sku] = self._stock.get(sku) + qty

    def remove(self, sku, qty):
        have = self._stock.get(sku, 0)
        if have < qty:
            raise OutOfStock(sku)
        self._stock[sku] = have - qty

    def count(self, sku):
        return self._stock.get(sku, 0)


if __name__ == "__main__":
    inv = Inventory()
    inv.add("widget", 3)
    inv.remove("widget", 1)
    print(inv.count("widget"))
''',
  fixes=[('''    def add(self, sku, qty):
        if qty <= 0:
            raise ValueError("qty must be positive")
        self._stock[sku] = self._stock.get(sku) + qty''',
          '''    def add(self, sku, qty):
        if qty <= 0:
            raise ValueError("qty must be positive")
        self._stock[sku] = self._stock.get(sku, 0) + qty''')],
  reply=H("Default missing SKU count to 0",
          "dict.get returns None for a new SKU; pass 0 as the default.", 0.96) + "\n"
  + B('''def add(self, sku, qty):
    if qty <= 0:
        raise ValueError("qty must be positive")
    self._stock[sku] = self._stock.get(sku) + qty''',
      '''def add(self, sku, qty):
    if qty <= 0:
        raise ValueError("qty must be positive")
    self._stock[sku] = self._stock.get(sku, 0) + qty''') + "\n",
  quirks=["indent-offset"], should_apply=True)

# P5 ambiguous: SEARCH is one line that occurs twice ---------------------
C(language="python", path="stats/means.py", line_of=("sum(weights)", 1),
  before='''
def mean(values):
    total = sum(values)
    count = len(values)
    return total / count


def weighted_mean(values, weights):
    total = sum(v * w for v, w in zip(values, weights))
    count = sum(weights)
    return total / count


if __name__ == "__main__":
    print(mean([1, 2, 3]))
    print(weighted_mean([4, 5], [0, 0]))
''',
  fixes=[('''    count = sum(weights)
    return total / count''', '''    count = sum(weights)
    if count == 0:
        raise ValueError("weights must not all be zero")
    return total / count''')],
  error_must="ZeroDivisionError",
  reply=H("Guard against zero total weight",
          "weighted_mean divides by sum(weights), which is 0 here.", 0.8) + "\n"
  + B("    return total / count", '''    if count == 0:
        raise ValueError("weights must not all be zero")
    return total / count''') + "\n",
  quirks=["ambiguous-search"], should_apply=False, refuse_kind="ambiguous",
  refused="SEARCH `    return total / count` occurs twice in the file (mean and weighted_mean); the edit is ambiguous.")

# P6 prose only, no blocks ----------------------------------------------
C(language="python", path="deploy/settings.py", line_of="import yaml", pycmd="python3 -S",
  before='''
import os

import yaml

DEFAULTS = {"region": "eu-west-1", "replicas": 2}


def load_settings(path="deploy.yaml"):
    settings = dict(DEFAULTS)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            settings.update(yaml.safe_load(fh) or {})
    return settings


if __name__ == "__main__":
    print(load_settings())
''',
  fixes=[("import yaml", "try:\n    import yaml\nexcept ImportError:  # pragma: no cover\n    yaml = None")],
  expected_ok=False,
  reply='''{"title": "Install PyYAML", "explanation": "The code is fine; the environment is missing the PyYAML package.", "confidence": 0.9, "deletes": false}

This isn't a bug in `deploy/settings.py`. The module `yaml` is provided by the PyYAML distribution, which isn't installed in the active environment. Install it and re-run:

    pip install pyyaml

If you manage dependencies with a requirements file, add `PyYAML>=6.0` to it so CI picks it up as well. No source change is needed.
''',
  quirks=["no-blocks"], should_apply=False, refuse_kind="no-blocks",
  refused="The reply contains no SEARCH/REPLACE block (it only recommends installing PyYAML); nothing to apply.")

# P7 redacted secret in the window --------------------------------------
C(language="python", path="integrations/github_client.py", line_of="{GITHUB_TOKEN}",
  secrets={"ghp_8fK2mQv7XwL1pR4tZ9bN3cY6hJ0dS5aE2uGi": "<redacted:github-token>"},
  before='''
import json
import urllib.request

GH_TOKEN = "ghp_8fK2mQv7XwL1pR4tZ9bN3cY6hJ0dS5aE2uGi"
API_URL = "https://api.github.com"


def build_request(path):
    return urllib.request.Request(
        f"{API_URL}{path}",
        headers={
            "Authorization": f"Bearer {GITHUB_TOKEN}",
            "Accept": "application/vnd.github+json",
        },
    )


def github_get(path):
    with urllib.request.urlopen(build_request(path)) as resp:
        return json.load(resp)


if __name__ == "__main__":
    print(build_request("/user").full_url)
''',
  fixes=[('GH_TOKEN = "ghp_8fK2mQv7XwL1pR4tZ9bN3cY6hJ0dS5aE2uGi"',
          'GITHUB_TOKEN = "ghp_8fK2mQv7XwL1pR4tZ9bN3cY6hJ0dS5aE2uGi"')],
  reply=H("Rename token constant to GITHUB_TOKEN",
          "The module defines GH_TOKEN but build_request reads GITHUB_TOKEN; rename the constant so the name resolves.",
          0.9) + "\n"
  + B('GH_TOKEN = "<redacted:github-token>"', 'GITHUB_TOKEN = "<redacted:github-token>"') + "\n",
  quirks=["redacted-marker"], should_apply=True)

# P8 CRLF source file, clean reply --------------------------------------
C(language="python", path="tools/csv_stats.py", line_of="def parse_line(line)",
  crlf_file=True,
  before='''
import csv
import io


def parse_line(line)
    return next(csv.reader(io.StringIO(line)))


def column_sums(lines):
    sums = None
    for line in lines:
        values = [float(v) for v in parse_line(line)]
        if sums is None:
            sums = values
        else:
            sums = [a + b for a, b in zip(sums, values)]
    return sums or []


if __name__ == "__main__":
    print(column_sums(["1,2,3", "4,5,6"]))
''',
  fixes=[("def parse_line(line)", "def parse_line(line):")],
  reply=H("Add missing colon to def", "The function definition header is missing its trailing colon.", 0.99) + "\n"
  + B("def parse_line(line)", "def parse_line(line):") + "\n",
  quirks=["crlf-file"], should_apply=True)

# P9 single-quoted header, confidence as string --------------------------
C(language="python", path="utils/pairs.py", line_of="items[i + 1]",
  before='''
from typing import Iterable, List, Tuple


def consecutive_pairs(items: List[int]) -> List[Tuple[int, int]]:
    pairs = []
    for i in range(len(items)):
        pairs.append((items[i], items[i + 1]))
    return pairs


def deltas(items: Iterable[int]) -> List[int]:
    return [b - a for a, b in consecutive_pairs(list(items))]


if __name__ == "__main__":
    print(deltas([3, 7, 12, 20]))
''',
  fixes=[("    for i in range(len(items)):", "    for i in range(len(items) - 1):")],
  reply='''{'title': 'Stop one element early', 'explanation': 'items[i + 1] overruns on the last iteration; iterate to len(items) - 1.', 'confidence': '0.8', 'deletes': False}
<<<<<<< SEARCH
    for i in range(len(items)):
=======
    for i in range(len(items) - 1):
>>>>>>> REPLACE
''',
  quirks=["header-single-quotes", "confidence-string"], should_apply=True)
