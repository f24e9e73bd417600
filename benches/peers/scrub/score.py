#!/usr/bin/env python3
"""Scores secret scanners on the exported scrub corpus and prints one table.

Input: the export directory of `tests/scrub_corpus.rs` (cases/NNNN.txt and manifest.json, with
each case's secrets as byte ranges and selfheal's own findings), plus detect-secrets.json and
secretlint.json written there by run.sh, and timings.json.

A secret counts as found by a tool only if one finding covers it:
- exact: one reported range contains the whole secret (selfheal, secretlint; detect-secrets
  reports lines only, so it has no exact figure);
- line: a finding is reported on one of the secret's lines (every tool; generous, since any
  finding on that line counts, whatever it found).
False positives: the share of negative cases (text that must stay unchanged) in which the tool
reports anything, and the number of findings, over all cases, that touch no secret.
"""

import json
import sys
from collections import defaultdict
from pathlib import Path


def line_span(text: bytes, start: int, end: int):
    """1-based first and last line of a byte range."""
    first = text.count(b"\n", 0, start) + 1
    last = text.count(b"\n", 0, max(start, end - 1)) + 1
    return first, last


def utf16_offset(text: bytes, byte_offset: int) -> int:
    return len(text[:byte_offset].decode("utf-8", "replace").encode("utf-16-le")) // 2


def main():
    work = Path(sys.argv[1])
    manifest = json.loads((work / "manifest.json").read_text())
    detect = json.loads((work / "detect-secrets.json").read_text())["results"]
    secretlint = {}
    for entry in json.loads((work / "secretlint.json").read_text() or "[]"):
        relative = str(Path(entry["filePath"]).relative_to(work.resolve()))
        secretlint[relative] = entry["messages"]
    timings = {}
    if (work / "timings.json").exists():
        timings = json.loads((work / "timings.json").read_text())

    tools = ["selfheal", "detect-secrets", "secretlint"]
    found_exact = defaultdict(int)
    found_line = defaultdict(int)
    negatives_flagged = defaultdict(int)
    spurious = defaultdict(int)
    per_kind = defaultdict(lambda: defaultdict(int))
    secrets_total = 0
    negatives_total = 0

    for case in manifest:
        text = (work / case["file"]).read_bytes()
        secrets = case["secrets"]
        secret_lines = [line_span(text, s["start"], s["end"]) for s in secrets]
        secrets_utf16 = [(utf16_offset(text, s["start"]), utf16_offset(text, s["end"])) for s in secrets]

        # Findings per tool: (exact range or None, first line, last line).
        findings = {
            "selfheal": [
                ((f["start"], f["end"]),) + line_span(text, f["start"], f["end"]) for f in case["ours"]
            ],
            "detect-secrets": [
                (None, f["line_number"], f["line_number"]) for f in detect.get(case["file"], [])
            ],
            "secretlint": [
                (tuple(m["range"]), m["loc"]["start"]["line"], m["loc"]["end"]["line"])
                for m in secretlint.get(case["file"], [])
            ],
        }

        if case["negative"]:
            negatives_total += 1
        for tool in tools:
            if case["negative"] and findings[tool]:
                negatives_flagged[tool] += 1
            for exact, first, last in findings[tool]:
                touches = False
                for index, (secret_first, secret_last) in enumerate(secret_lines):
                    if exact is None:
                        touches |= first <= secret_last and last >= secret_first
                    else:
                        start, end = (
                            (secrets[index]["start"], secrets[index]["end"])
                            if tool == "selfheal"
                            else secrets_utf16[index]
                        )
                        touches |= exact[0] < end and exact[1] > start
                if not touches:
                    spurious[tool] += 1

        for index, secret in enumerate(secrets):
            secrets_total += 1
            kind = secret["kind"]
            per_kind[kind]["total"] += 1
            secret_first, secret_last = secret_lines[index]
            for tool in tools:
                line_hit = any(
                    first <= secret_last and last >= secret_first for _, first, last in findings[tool]
                )
                if tool == "selfheal":
                    start, end = secret["start"], secret["end"]
                else:
                    start, end = secrets_utf16[index]
                exact_hit = any(
                    exact is not None and exact[0] <= start and exact[1] >= end
                    for exact, _, _ in findings[tool]
                )
                if tool == "selfheal":
                    # Our findings never overlap; a secret may span two adjacent redactions.
                    covered = start
                    for exact, _, _ in sorted(findings[tool]):
                        if exact[0] <= covered < exact[1]:
                            covered = exact[1]
                    exact_hit = exact_hit or covered >= end
                found_line[tool] += line_hit
                found_exact[tool] += exact_hit
                per_kind[kind][tool] += exact_hit if tool != "detect-secrets" else line_hit

    def percent(part, whole):
        return f"{100.0 * part / whole:6.1f}%" if whole else "    n/a"

    print(f"corpus: {len(manifest)} cases, {secrets_total} secrets, {negatives_total} negative cases")
    print()
    header = f"{'tool':16} {'recall exact':>13} {'recall line':>12} {'FP negatives':>13} {'spurious':>9} {'time':>8}"
    print(header)
    print("-" * len(header))
    for tool in tools:
        exact = percent(found_exact[tool], secrets_total) if tool != "detect-secrets" else "    n/a"
        line = percent(found_line[tool], secrets_total)
        fp = percent(negatives_flagged[tool], negatives_total)
        seconds = timings.get(tool)
        time_text = f"{seconds:7.2f}s" if seconds is not None else "      -"
        print(f"{tool:16} {exact:>13} {line:>12} {fp:>13} {spurious[tool]:>9} {time_text:>8}")
    print()
    print("recall by kind (exact cover; detect-secrets: line)")
    print(f"{'kind':24} {'n':>4} " + " ".join(f"{tool:>15}" for tool in tools))
    for kind in sorted(per_kind):
        counts = per_kind[kind]
        row = " ".join(f"{percent(counts[tool], counts['total']):>15}" for tool in tools)
        print(f"{kind:24} {counts['total']:>4} {row}")


if __name__ == "__main__":
    main()
