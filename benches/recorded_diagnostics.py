#!/usr/bin/env python3
"""How well `selfheal lsp` explains and fixes diagnostics recorded from real language servers.

    cargo build --release
    python3 benches/recorded_diagnostics.py [SELFHEAL_BINARY] [--json] [--set dev|heldout]
                                            [--server NAME] [--case LANG/CASE] [--no-verify]

For every recording in `tests/fixtures/lsp-diagnostics/diagnostics/<server>/*.json` (made by
`tests/fixtures/lsp-diagnostics/record.py`): the program is copied to a temporary directory,
`selfheal lsp` is started there (default binary `target/release/selfheal`) with a fresh
`SELFHEAL_HOME`, initialised, the document opened, and the recorded diagnostics forwarded with
`selfheal/didChangeExternalDiagnostics` (origin = the server's name). Then, for each measured
diagnostic (severity error, warning or information, or a hint tagged Unnecessary — what an editor
shows as a squiggle or greys out; the other hints, such as rustc's "consider importing" children
or tsserver's JavaScript type suggestions, are forwarded but not counted):

- hover:        `textDocument/hover` at the diagnostic's start returns something non-empty;
- fix offered:  `textDocument/codeAction` with the diagnostic in its context returns a quick fix;
- working fix:  the FIRST quick fix's workspace edit (`documentChanges` or `changes`), applied to
                the copy, makes the real language server (run again, as the recorder runs it)
                report that diagnostic no more (same code and message, counted as a multiset)
                and no new error on the edited lines (skipped with `--no-verify`, or when the
                server is not installed: then "-");
- server's fix: the recording has a quick fix of the server's own for it (not counting
                "disable / ignore / show documentation" actions).

Prints a table for the dev set with a row per server and a total row, and only the total row for
the held-out set (and for both sets together): the held-out set is for measuring, not for
looking at, so no per-case or per-server held-out figure is ever printed (`--details` and
`--json` give every dev diagnostic's outcome and held-out totals only; `--case` refuses a
held-out case). Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "fixtures" / "lsp-diagnostics"
sys.path.insert(0, str(CORPUS))
import record  # noqa: E402  (the recorder: cases, server table, LSP client)

NOT_A_FIX = re.compile(r"disable|ignore|suppress|show documentation|noqa|learn more", re.IGNORECASE)


def measured(diagnostic: dict) -> bool:
    return diagnostic.get("severity", 1) <= 3 or 1 in (diagnostic.get("tags") or [])


def key(diagnostic: dict) -> tuple:
    return (str(diagnostic.get("code", "")), diagnostic.get("message", "").strip())


def unplaceholder(value, root: Path):
    return json.loads(json.dumps(value).replace(record.PLACEHOLDER, str(root)))


# ---------------------------------------------------------------- text edits (UTF-16 positions)

def offset_of(text: str, position: dict) -> int:
    line, character = position.get("line", 0), position.get("character", 0)
    offset = 0
    for _ in range(line):
        newline = text.find("\n", offset)
        if newline < 0:
            return len(text)
        offset = newline + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    counted = 0
    for index in range(offset, end):
        if counted >= character:
            return index
        counted += 2 if ord(text[index]) > 0xFFFF else 1
    return end


def apply_edits(text: str, edits: list[dict]) -> tuple[str, list[tuple[int, int]]]:
    """The edited text and, for each edit, the lines it covers in the edited text."""
    spans = sorted(((offset_of(text, e["range"]["start"]), offset_of(text, e["range"]["end"]), e.get("newText", ""))
                    for e in edits), key=lambda s: (s[0], s[1]))
    out, position, covered = [], 0, []
    length = 0
    for start, end, new in spans:
        out.append(text[position:start])
        length += start - position
        new_start = length
        out.append(new)
        length += len(new)
        # A trailing newline ends the edit: the line after it is not edited.
        covered.append((new_start, length - 1 if new.endswith("\n") else length))
        position = max(position, end)
    out.append(text[position:])
    result = "".join(out)
    lines = [(result.count("\n", 0, a), result.count("\n", 0, b)) for a, b in covered]
    return result, lines


def path_of(uri: str) -> Path:
    from urllib.parse import unquote, urlparse
    return Path(unquote(urlparse(uri).path))


def apply_workspace_edit(edit: dict) -> dict[Path, list[tuple[int, int]]]:
    """Applies a WorkspaceEdit to the files on disk; the edited lines per file."""
    per_file: dict[Path, list[dict]] = {}
    for change in edit.get("documentChanges") or []:
        if "textDocument" in change:
            per_file.setdefault(path_of(change["textDocument"]["uri"]), []).extend(change.get("edits", []))
        elif change.get("kind") == "create":
            path_of(change["uri"]).parent.mkdir(parents=True, exist_ok=True)
            path_of(change["uri"]).touch()
    for uri, edits in (edit.get("changes") or {}).items():
        per_file.setdefault(path_of(uri), []).extend(edits)
    touched = {}
    for path, edits in per_file.items():
        text = path.read_text() if path.exists() else ""
        new, lines = apply_edits(text, edits)
        path.write_text(new)
        touched[path] = lines
    return touched


# ---------------------------------------------------------------- selfheal

class Selfheal:
    def __init__(self, binary: str, root: Path, home: Path):
        self.lsp = record.Server([binary, "lsp"], root, env={"SELFHEAL_HOME": str(home), "SELFHEAL_LOG": "error"})
        self.lsp.request("initialize", {
            "processId": os.getpid(),
            "rootUri": record.uri_of(root),
            "workspaceFolders": [{"uri": record.uri_of(root), "name": root.name}],
            "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "window": {"workDoneProgress": True},
                "workspace": {"workspaceEdit": {"documentChanges": True}, "applyEdit": True},
                "textDocument": {
                    "hover": {"contentFormat": ["markdown", "plaintext"]},
                    "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source.fixAll"]}}},
                },
            },
            "initializationOptions": {},
        }, timeout=30)
        self.lsp.notify("initialized", {})

    def close(self):
        self.lsp.close()


def hover_text(result) -> str:
    if not result:
        return ""
    contents = result.get("contents")
    if isinstance(contents, str):
        return contents
    if isinstance(contents, dict):
        return contents.get("value", "")
    if isinstance(contents, list):
        return "\n".join(c if isinstance(c, str) else c.get("value", "") for c in contents)
    return ""


# ---------------------------------------------------------------- verification with the real server

_server_cache: dict = {}


def rerun(server: str, case: dict, root: Path) -> list[dict]:
    """The real server's diagnostics for the (edited) copy in `root`, cached by content."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "node_modules" not in p.parts and "target" not in p.parts):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    cache_key = (server, digest.hexdigest())
    if cache_key not in _server_cache:
        with tempfile.TemporaryDirectory(prefix="lsdiag-verify-") as tmp:
            copy = Path(tmp).resolve() / "project"
            shutil.copytree(root, copy, symlinks=True, ignore=shutil.ignore_patterns("target"))
            result = record.run_server(server, copy, case["file"], case["language"], code_actions=False)
            _server_cache[cache_key] = result["diagnostics"]
    return _server_cache[cache_key]


def fix_works(before: list[dict], target: dict, after: list[dict], edited_lines: list[tuple[int, int]]) -> bool:
    count = lambda diags, k: sum(1 for d in diags if key(d) == k)  # noqa: E731
    if count(after, key(target)) >= count(before, key(target)):
        return False
    for diagnostic in after:
        if diagnostic.get("severity", 1) != 1:
            continue
        if count(after, key(diagnostic)) <= count(before, key(diagnostic)):
            continue  # not new
        line_from = diagnostic["range"]["start"]["line"]
        line_to = diagnostic["range"]["end"]["line"]
        if any(line_from <= b and a <= line_to for a, b in edited_lines):
            return False
    return True


# ---------------------------------------------------------------- one recording

def measure(recording: dict, case: dict, binary: str, verify: bool) -> list[dict]:
    server = recording["server"]
    results = []
    with tempfile.TemporaryDirectory(prefix="lsdiag-bench-") as tmp:
        base = Path(tmp).resolve()
        root = base / "project"
        home = base / "home"
        home.mkdir()
        record.copy_program(case, root)
        if record.SERVERS.get(server, {}).get("node_modules"):
            (root / "node_modules").symlink_to(record.NODE_MODULES)
        path = root / recording["file"]
        uri = record.uri_of(path)
        text = path.read_text()
        if hashlib.sha256(text.encode()).hexdigest() != recording["text_sha256"]:
            name = case["name"] if recording["set"] == "dev" else "a held-out program"
            print(f"warning: {name} changed since {server} was recorded", file=sys.stderr)
        diagnostics = unplaceholder(recording["diagnostics"], root)
        selfheal = Selfheal(binary, root, home)
        try:
            selfheal.lsp.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": recording["language_id"], "version": 1, "text": text}})
            selfheal.lsp.notify("selfheal/didChangeExternalDiagnostics", {
                "uri": uri, "version": 1, "origin": server, "diagnostics": diagnostics})
            selfheal.lsp.pump(0.2)
            for index, diagnostic in enumerate(diagnostics):
                if not measured(diagnostic):
                    continue
                hover = selfheal.lsp.request("textDocument/hover", {
                    "textDocument": {"uri": uri}, "position": diagnostic["range"]["start"]})
                actions = selfheal.lsp.request("textDocument/codeAction", {
                    "textDocument": {"uri": uri}, "range": diagnostic["range"],
                    "context": {"diagnostics": [diagnostic], "triggerKind": 1}}) or []
                fixes = [a for a in actions if "title" in a and (a.get("kind") or "").startswith("quickfix")]
                own = [t for t in (recording.get("server_code_actions") or [[]] * len(diagnostics))[index]
                       if not NOT_A_FIX.search(t)]
                outcome = {
                    "server": server, "case": case["name"], "set": recording["set"],
                    "code": diagnostic.get("code"), "message": diagnostic.get("message", ""),
                    "line": diagnostic["range"]["start"]["line"],
                    "hover": bool(hover_text(hover).strip()),
                    "fix_offered": bool(fixes),
                    "fix_title": fixes[0]["title"] if fixes else None,
                    "working_fix": False if not fixes else None,
                    "server_fix": bool(own),
                }
                if fixes and verify and record.which(record.SERVERS[server]["command"][0]):
                    edit = fixes[0].get("edit")
                    if edit:
                        with tempfile.TemporaryDirectory(prefix="lsdiag-edit-") as edit_tmp:
                            copy = Path(edit_tmp).resolve() / "project"
                            shutil.copytree(root, copy, symlinks=True)
                            edit = json.loads(json.dumps(edit).replace(str(root), str(copy)))
                            touched = apply_workspace_edit(edit)
                            lines = touched.get(copy / recording["file"], [])
                            after = rerun(server, case, copy)
                            after = [json.loads(json.dumps(d).replace(str(copy), str(root))) for d in after]
                            outcome["working_fix"] = fix_works(diagnostics, diagnostic, after, lines)
                    else:
                        outcome["working_fix"] = False  # a command, not an edit
                results.append(outcome)
        finally:
            selfheal.close()
    return results


def percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "    -"


def summarise(outcomes: list[dict]) -> dict:
    n = len(outcomes)
    verified = [o for o in outcomes if o["working_fix"] is not None]
    return {
        "diagnostics": n,
        "hover": sum(o["hover"] for o in outcomes),
        "fix_offered": sum(o["fix_offered"] for o in outcomes),
        "working_fix": sum(bool(o["working_fix"]) for o in verified) if len(verified) == n else None,
        "server_fix": sum(o["server_fix"] for o in outcomes),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", nargs="?", default=str(REPO / "target" / "release" / "selfheal"))
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--set", choices=["dev", "heldout"], help="only this set")
    parser.add_argument("--server", action="append", help="only these servers (dev set only)")
    parser.add_argument("--case", help="only this dev case, e.g. c/missing-include-stdio")
    parser.add_argument("--no-verify", action="store_true", help="do not run the real servers again")
    parser.add_argument("--details", action="store_true", help="also print every diagnostic's outcome")
    args = parser.parse_args()
    binary = str(Path(args.binary).resolve())
    if not Path(binary).exists():
        print(f"no selfheal binary at {binary}: cargo build --release", file=sys.stderr)
        return 2
    cases = {case["name"]: case for case in record.load_cases()}
    outcomes = []
    started = time.monotonic()
    for path in sorted(record.DIAGNOSTICS.glob("*/*.json")):
        recording = json.loads(path.read_text())
        if args.server and recording["server"] not in args.server:
            continue
        if args.case and recording["case"] != args.case:
            continue
        if args.set and recording["set"] != args.set:
            continue
        if args.server and recording["set"] != "dev":
            continue  # a held-out total per server would show how its cases fare
        case = cases.get(recording["case"])
        if case is None:
            print(f"warning: {path}: no case {recording['case']}", file=sys.stderr)
            continue
        if args.case and recording["set"] != "dev":
            print(f"{args.case} is not a dev case: held-out cases are measured in total only", file=sys.stderr)
            return 2
        outcomes.extend(measure(recording, case, binary, not args.no_verify))
    elapsed = time.monotonic() - started

    groups: dict = {}
    for outcome in outcomes:
        for group in [(outcome["set"], outcome["server"]), (outcome["set"], "all"), ("all", outcome["server"]), ("all", "all")]:
            groups.setdefault(group, []).append(outcome)
    # Per-server rows only for the dev set: a held-out (or a both-sets) row per server, compared
    # with the dev row, would show how held-out cases fare.
    shown = lambda set_name, server: set_name == "dev" or server == "all"  # noqa: E731
    summary = {f"{s}/{server}": summarise(items) for (s, server), items in sorted(groups.items()) if shown(s, server)}
    dev_outcomes = [o for o in outcomes if o["set"] == "dev"]
    if args.json:
        print(json.dumps({"binary": binary, "seconds": round(elapsed, 1), "summary": summary, "outcomes": dev_outcomes}, indent=1))
        return 0
    for set_name in ["dev", "heldout", "all"]:
        if (set_name, "all") not in groups:
            continue
        rows = sorted(server for (s, server) in groups if s == set_name and server != "all" and shown(s, server))
        print(f"\n{set_name}")
        print(f"{'server':<28} {'diags':>5} {'hover':>7} {'fix offered':>11} {'working fix':>11} {'server fix':>10}")
        for server in rows + ["all"]:
            s = summarise(groups[(set_name, server)])
            working = percent(s["working_fix"], s["diagnostics"]) if s["working_fix"] is not None else "    -"
            print(f"{server:<28} {s['diagnostics']:>5} {percent(s['hover'], s['diagnostics']):>7} "
                  f"{percent(s['fix_offered'], s['diagnostics']):>11} {working:>11} "
                  f"{percent(s['server_fix'], s['diagnostics']):>10}")
    if args.details:
        print()
        for o in dev_outcomes:
            flags = "".join(["H" if o["hover"] else "-", "F" if o["fix_offered"] else "-",
                             "W" if o["working_fix"] else "-", "S" if o["server_fix"] else "-"])
            print(f"{flags} {o['set']:<7} {o['server']:<26} {o['case']:<40} {o['code']!s:<28} {o['message'][:80]!r} {o['fix_title'] or ''}")
    print(f"\n{len(outcomes)} diagnostics, {elapsed:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
