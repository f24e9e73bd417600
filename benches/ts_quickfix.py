#!/usr/bin/env python3
"""TypeScript's own first quick fix as a peer of `benches/fix_success.rs` on the TypeScript cases.

    python3 benches/ts_quickfix.py [CASES] [--details] [--filter TEXT] [--rounds N]

CASES is a case set (default `$FIX_SUCCESS_CASES`, else `tests/heal`), e.g. `tests/heal-dev3`
or `tests/heal-heldout`. For every `typescript/<case>/` of the set this does what a TypeScript
user whose editor shows the errors does when they press the first quick fix:

1. the case is copied to a temporary directory as fix_success copies it (everything but
   `fixed/`, the reference fix), its `cmd` is run once (so that what the command itself writes,
   such as `build/`, is no change), and the files are snapshotted as fix_success snapshots them;
2. `typescript-language-server --stdio` (TypeScript 5.9.3, installed by
   `tests/fixtures/lsp-diagnostics/install-servers.sh` under `~/.cache/selfheal-lsdiag/npm`) is
   started on the copy, every `.ts` file under it is opened, and the published diagnostics of
   severity error are collected once they have settled;
3. for the first error (files by path, then by position) `textDocument/codeAction` is asked with
   that diagnostic in its context (`only: quickfix`), and the FIRST action returned is applied:
   its workspace edit, and/or its command run with `workspace/executeCommand` (the
   `workspace/applyEdit` the server then sends is applied); the files are written;
4. `bash ./cmd` is run again; while it fails and a quick fix (not one applied already) is offered,
   2-4 repeat, with a fresh server, for at most `--rounds` rounds (default 6, `selfheal heal`'s
   default `--max-rounds`).

Judged and tallied exactly as fix_success judges a peer: healed = the command exits 0 afterwards
(or, for a case whose `heal.toml` says `exit_zero = false`, the files changed) and the files
changed; wrong = files changed but not healed, or changed at all when `expect_no_fix`; fixable =
not `expect_no_fix` and `mechanical` (absent counts as true). Prints fix_success's table header
and a row `| typescript first quick fix (typescript cases) | ... | - | - |`.

Held-out (`tests/heal-heldout`): only the totals row is printed, never a per-case line (not even
progress with names); `--details` and `--filter` are refused there. On other sets `--details`
prints each case's verdict and the quick fixes applied. Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from urllib.parse import unquote, urlparse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "fixtures" / "lsp-diagnostics"))
import record  # noqa: E402  (the LSP client and the server table of the diagnostics recorder)

ROW_NAME = "typescript first quick fix (typescript cases)"
# What fix_success's snapshot leaves out: build output, not a change a fixer made.
NOT_SOURCE = {"target", "build", "__pycache__", ".ruff_cache", "node_modules"}
TS_SUFFIXES = (".ts", ".tsx", ".mts", ".cts")
QUIET = 2.5  # seconds without a new diagnostic before they count as settled (as record.py)


# ---------------------------------------------------------------- fix_success's judging

def case_set(argument: str | None) -> Path:
    corpus = argument or os.environ.get("FIX_SUCCESS_CASES") or "tests/heal"
    path = Path(corpus)
    return (path if path.is_absolute() else REPO / path).resolve()


def passes(work: Path, cases: Path) -> bool:
    env = {**os.environ, "HEAL_CASES": str(cases), "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        return subprocess.run(["bash", "./cmd"], check=False, cwd=work, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=600).returncode == 0
    except subprocess.TimeoutExpired:
        return False


def snapshot(directory: Path) -> dict[str, bytes]:
    files = {}
    for entry in os.scandir(directory):
        if entry.name in NOT_SOURCE:
            continue
        if entry.is_dir(follow_symlinks=False):
            files.update(snapshot(Path(entry.path)))
        else:
            try:
                files[entry.path] = Path(entry.path).read_bytes()
            except OSError:
                files[entry.path] = b"\0unreadable"
    return files


class Tally:
    def __init__(self):
        self.cases = self.fixable = self.healed = self.wrong = 0

    def add(self, spec: dict, healed: bool, changed: bool) -> None:
        self.cases += 1
        expect_no_fix = bool(spec.get("expect_no_fix", False))
        fixable = bool(spec.get("mechanical", True)) and not expect_no_fix
        if expect_no_fix:
            self.wrong += int(changed)
        else:
            self.fixable += int(fixable)
            self.healed += int(healed and fixable)
            self.wrong += int(changed and not healed)

    def row(self, name: str) -> str:
        percent = lambda a, b: "-" if b == 0 else f"{a * 100.0 / b:.1f}%"  # noqa: E731
        return (f"| {name} | {self.cases} | {self.fixable} | {self.healed} ({percent(self.healed, self.fixable)}) "
                f"| {self.wrong} ({percent(self.wrong, self.cases)}) | - | - |")


def verdict(spec: dict, healed: bool, changed: bool) -> str:
    if spec.get("expect_no_fix", False):
        return "CHANGED (wrong)" if changed else "left alone (right)"
    if healed:
        return "healed"
    return "CHANGED, not healed (wrong)" if changed else "not healed"


# ---------------------------------------------------------------- edits (UTF-16 positions)

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


def apply_text_edits(text: str, edits: list[dict]) -> str:
    # LSP: all ranges refer to the text before any edit; edits at one position keep their order.
    spans = sorted(((offset_of(text, e["range"]["start"]), offset_of(text, e["range"]["end"]), i, e.get("newText", ""))
                    for i, e in enumerate(edits)), key=lambda s: (s[0], s[1], s[2]))
    out, position = [], 0
    for start, end, _, new in spans:
        out.append(text[position:max(start, position)])
        out.append(new)
        position = max(position, end)
    out.append(text[position:])
    return "".join(out)


def path_of(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def apply_workspace_edit(edit: dict) -> None:
    """A WorkspaceEdit written to the files (text edits, create, rename, delete)."""
    for change in edit.get("documentChanges") or []:
        kind = change.get("kind")
        if "textDocument" in change:
            path = path_of(change["textDocument"]["uri"])
            write_text(path, apply_text_edits(read_text(path) if path.exists() else "", change.get("edits", [])))
        elif kind == "create":
            path = path_of(change["uri"])
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or (change.get("options") or {}).get("overwrite"):
                write_text(path, "")
        elif kind == "rename":
            old, new = path_of(change["oldUri"]), path_of(change["newUri"])
            new.parent.mkdir(parents=True, exist_ok=True)
            old.rename(new)
        elif kind == "delete":
            path = path_of(change["uri"])
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    for uri, edits in (edit.get("changes") or {}).items():
        path = path_of(uri)
        write_text(path, apply_text_edits(read_text(path) if path.exists() else "", edits))


# ---------------------------------------------------------------- the language server

class Editor(record.Server):
    """record.py's client, and an editor's answer to `workspace/applyEdit`: the edit applied."""

    def __init__(self, *args, **kwargs):
        self.applied_edits = 0
        super().__init__(*args, **kwargs)

    def _handle(self, message: dict) -> None:
        if message.get("method") == "workspace/applyEdit" and "id" in message:
            self.last_activity = time.monotonic()
            try:
                apply_workspace_edit(message["params"]["edit"])
                self.applied_edits += 1
                result = {"applied": True}
            except Exception as error:  # noqa: BLE001 - told to the server
                result = {"applied": False, "failureReason": str(error)}
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            return
        super()._handle(message)


def sources(root: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in NOT_SOURCE and d != "fixed")
        found += [Path(dirpath) / f for f in sorted(filenames) if f.endswith(TS_SUFFIXES)]
    return sorted(found, key=lambda p: str(p.relative_to(root)))


def start_server(root: Path) -> Editor:
    spec = record.SERVERS["typescript-language-server"]
    argv = list(spec["command"])
    argv[0] = record.which(argv[0]) or argv[0]
    lsp = Editor(argv, root)
    lsp.request("initialize", {
        "processId": os.getpid(),
        "rootUri": record.uri_of(root),
        "rootPath": str(root),
        "workspaceFolders": [{"uri": record.uri_of(root), "name": root.name}],
        "capabilities": record.CLIENT_CAPABILITIES,
        "initializationOptions": spec["init_options"](root),
        "clientInfo": {"name": "selfheal-ts-quickfix-bench", "version": "1"},
    }, timeout=90)
    lsp.notify("initialized", {})
    return lsp


def settled_errors(lsp: Editor, files: list[Path], timeout: float = 120.0) -> list[tuple[Path, dict]]:
    """The error diagnostics of the open files once every file has had its diagnostics published
    and nothing has changed for QUIET seconds: (file, diagnostic), files by path, then by place."""
    uris = {record.uri_of(path): path for path in files}
    latest: dict[str, list] = {}
    start = time.monotonic()
    changed_at = start
    seen = 0
    while time.monotonic() - start < timeout:
        alive = lsp.pump(0.1)
        for message in lsp.notifications[seen:]:
            params = message.get("params") or {}
            if (message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") in uris
                    and latest.get(params["uri"]) != params.get("diagnostics", [])):
                latest[params["uri"]] = params.get("diagnostics", [])
                changed_at = time.monotonic()
        seen = len(lsp.notifications)
        idle = time.monotonic() - max(changed_at, lsp.last_activity)
        if not alive:
            break
        if not lsp.progress and idle >= QUIET and len(latest) == len(uris):
            break
    errors = []
    for uri, path in sorted(uris.items(), key=lambda item: str(item[1])):
        diagnostics = [d for d in latest.get(uri, []) if d.get("severity", 1) == 1]
        diagnostics.sort(key=lambda d: (d["range"]["start"]["line"], d["range"]["start"]["character"]))
        errors += [(path, d) for d in diagnostics]
    return errors


def first_quick_fix(root: Path, applied: set, notes: list[str]) -> bool:
    """One round: a fresh server, the first error's first quick fix applied. False when there
    is no error, no quick fix, or the one offered was applied before."""
    files = sources(root)
    if not files:
        notes.append("no .ts file")
        return False
    lsp = start_server(root)
    try:
        for path in files:
            lsp.notify("textDocument/didOpen", {"textDocument": {
                "uri": record.uri_of(path), "languageId": "typescript", "version": 1, "text": read_text(path)}})
        errors = settled_errors(lsp, files)
        if not errors:
            notes.append("no error reported")
            return False
        path, diagnostic = errors[0]
        where = f"{path.relative_to(root)}:{diagnostic['range']['start']['line'] + 1} TS{diagnostic.get('code')}"
        actions = lsp.request("textDocument/codeAction", {
            "textDocument": {"uri": record.uri_of(path)},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic], "only": ["quickfix"], "triggerKind": 1},
        }, timeout=60) or []
        if not actions:
            notes.append(f"{where}: no quick fix")
            return False
        action = actions[0]
        if isinstance(action.get("command"), str):  # a Command, not a CodeAction
            action = {"title": action.get("title", ""), "command": action}
        if "edit" not in action and "command" not in action and "data" in action:
            action = lsp.request("codeAction/resolve", action, timeout=60) or action
        identity = json.dumps([str(path.relative_to(root)), diagnostic.get("code"), diagnostic.get("message"),
                               action.get("title"), action.get("edit"), action.get("command")], sort_keys=True)
        if identity in applied:
            notes.append(f"{where}: {action.get('title')!r} again, not applied")
            return False
        applied.add(identity)
        notes.append(f"{where}: {action.get('title')!r}")
        if action.get("edit"):
            apply_workspace_edit(action["edit"])
        command = action.get("command")
        if command:
            before = lsp.applied_edits
            lsp.request("workspace/executeCommand", {"command": command["command"],
                                                      "arguments": command.get("arguments") or []}, timeout=60)
            # The server's workspace/applyEdit may come just after its answer.
            deadline = time.monotonic() + 2.0
            while lsp.applied_edits == before and time.monotonic() < deadline:
                lsp.pump(0.1)
        return True
    finally:
        lsp.close()


# ---------------------------------------------------------------- one case

def attempt(case: Path, spec: dict, cases: Path, rounds: int, notes: list[str]) -> tuple[bool, bool]:
    """The first quick fixes on a fresh copy of `case`; (healed, changed) as fix_success's."""
    with tempfile.TemporaryDirectory(prefix="selfheal-ts-quickfix-") as tmp:
        work = Path(tmp).resolve() / case.name
        shutil.copytree(case, work, symlinks=True)
        # The reference fix is no part of the project.
        shutil.rmtree(work / "fixed", ignore_errors=True)
        passes(work, cases)
        before = snapshot(work)
        applied: set = set()
        try:
            for _ in range(rounds):
                if not first_quick_fix(work, applied, notes):
                    break
                if passes(work, cases):
                    break
        except Exception as error:  # noqa: BLE001 - judged by what the files show
            notes.append(f"error: {error}")
        changed = snapshot(work) != before
        healed = passes(work, cases) if spec.get("exit_zero", True) else changed
        return healed and changed, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="?", help="case set (default $FIX_SUCCESS_CASES or tests/heal)")
    parser.add_argument("--details", action="store_true", help="print every case's outcome (not for held-out)")
    parser.add_argument("--filter", help="only the cases whose typescript/<name> contains this (not for held-out)")
    parser.add_argument("--rounds", type=int, default=6, help="quick fixes at most per case (default 6, as selfheal heal's --max-rounds)")
    args = parser.parse_args()
    cases = case_set(args.cases)
    heldout = "heldout" in cases.name
    if heldout and (args.details or args.filter):
        print("held-out cases are measured in total only: no --details or --filter", file=sys.stderr)
        return 2
    if not record.which("typescript-language-server"):
        print("typescript-language-server is not installed: bash tests/fixtures/lsp-diagnostics/install-servers.sh",
              file=sys.stderr)
        return 2
    directory = cases / "typescript"
    found = sorted(p for p in directory.iterdir() if (p / "heal.toml").is_file()) if directory.is_dir() else []
    if args.filter:
        found = [p for p in found if args.filter in f"typescript/{p.name}"]
    tally = Tally()
    details = []
    failures = 0
    started = time.monotonic()
    for index, case in enumerate(found, 1):
        spec = tomllib.loads((case / "heal.toml").read_text())
        notes: list[str] = []
        healed, changed = attempt(case, spec, cases, args.rounds, notes)
        failures += any(note.startswith("error:") for note in notes)
        tally.add(spec, healed, changed)
        if heldout:
            print(f"{index}/{len(found)}", file=sys.stderr)
        else:
            line = f"typescript/{case.name}: {verdict(spec, healed, changed)}"
            print(line, file=sys.stderr)
            details.append(line + "".join(f"\n    {note}" for note in notes))
    print("| who | cases | fixable | healed | wrong fixes | tried per case | median heal |")
    print("|---|---|---|---|---|---|---|")
    print(tally.row(ROW_NAME))
    if args.details:
        print()
        print("\n".join(details))
    if failures:
        print(f"{failures} case(s) met an error talking to the server (judged by their files)", file=sys.stderr)
    print(f"{len(found)} cases, {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
