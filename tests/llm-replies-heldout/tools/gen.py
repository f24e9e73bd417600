#!/usr/bin/env python3
"""Generator for the held-out reply corpus.

Each case is declared in cases_*.py as a dict (see C() below).  This script
writes case-NN/ directories, derives expected.<ext> from the case's intended
edits (NOT by parsing the reply), runs the real compiler/interpreter on
before.<ext> to capture error.txt, and checks that expected.<ext> no longer
produces an error.  It was written without looking at the tool under test.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

EXT = {"python": "py", "typescript": "ts", "javascript": "js", "rust": "rs",
       "go": "go", "java": "java", "c": "c"}
TOOL = {"python": "python", "typescript": "tsc", "javascript": "node",
        "rust": "rustc", "go": "go build", "java": "javac", "c": "gcc"}

CASES = []


def C(**kw):
    CASES.append(kw)


def tabify(text):
    """Turn each leading group of 4 spaces into a tab (gofmt / kernel style)."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^((?:    )+)", line)
        if m:
            line = "\t" * (len(m.group(1)) // 4) + line[len(m.group(1)):]
        out.append(line)
    return "\n".join(out)


def H(title, explanation, confidence=0.9, deletes=False):
    return json.dumps({"title": title, "explanation": explanation,
                       "confidence": confidence, "deletes": deletes},
                      ensure_ascii=False)


def B(search, replace, lt=7, eq=7, gt=7):
    """One SEARCH/REPLACE block; replace=None means an empty REPLACE."""
    s = "<" * lt + " SEARCH\n" + search + "\n" + "=" * eq + "\n"
    if replace is not None:
        s += replace + "\n"
    s += ">" * gt + " REPLACE"
    return s


# ---------------------------------------------------------------- applying
def find_all(lines, old_lines):
    n = len(old_lines)
    return [i for i in range(len(lines) - n + 1) if lines[i:i + n] == old_lines]


def apply_fixes(before, fixes):
    lines = before.split("\n")
    for old, new in fixes:
        ol = old.split("\n")
        hits = find_all(lines, ol)
        assert len(hits) == 1, ("fix must match once", old, len(hits))
        i = hits[0]
        nl = [] if new is None else new.split("\n")
        lines[i:i + len(ol)] = nl
    return "\n".join(lines)


# ---------------------------------------------------------------- running
def run(cmd, cwd, env=None, stderr_only=False):
    e = dict(os.environ)
    e.update({"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1",
              "TERM": "dumb"})
    if env:
        e.update(env)
    p = subprocess.run(cmd, cwd=cwd, shell=True, capture_output=True,
                       text=True, env=e, timeout=300)
    if stderr_only:
        return p.returncode, p.stderr
    return p.returncode, p.stdout + p.stderr


def compile_in(case, text):
    """Lay the file (plus extra support files) in a temp project; run tool."""
    lang, path = case["language"], case["path"]
    d = tempfile.mkdtemp(prefix="hr-")
    try:
        for p, content in case.get("extra", {}).items():
            os.makedirs(os.path.join(d, os.path.dirname(p)) or d, exist_ok=True)
            with open(os.path.join(d, p), "w", newline="") as f:
                f.write(content)
        os.makedirs(os.path.join(d, os.path.dirname(path)) or d, exist_ok=True)
        with open(os.path.join(d, path), "w", newline="") as f:
            f.write(text)
        if lang == "python":
            rc, out = run(f"{case.get('pycmd', 'python3')} {path}", d, stderr_only=True)
        elif lang == "javascript":
            rc, out = run(f"node {path}", d, stderr_only=True)
        elif lang == "typescript":
            flags = case.get("tsflags", "")
            rc, out = run(f"tsc --noEmit --strict --target es2022 --module esnext "
                          f"--moduleResolution bundler --pretty false {flags} {path}", d)
        elif lang == "rust":
            ct = "bin" if "fn main" in text else "lib"
            flags = case.get("rsflags", "")
            rc, out = run(f"rustc --edition 2021 --crate-type {ct} --emit=metadata "
                          f"-o /tmp/hr-rs-out {flags} {path}", d)
        elif lang == "go":
            with open(os.path.join(d, "go.mod"), "w") as f:
                f.write("module example.com/app\n\ngo 1.19\n")
            rc, out = run("go build ./...", d, {
                                                "GOPROXY": "off",
                                                "GOCACHE": "/tmp/hr-gocache"})
        elif lang == "java":
            rc, out = run(f"javac -d /tmp/hr-javac-out {path}", d)
        elif lang == "c":
            rc, out = run(f"gcc -std=gnu17 -Wall -c -o /dev/null {path}", d)
        out = out.replace(d + "/", "/home/dev/project/").replace(d, "/home/dev/project")
        return rc, out
    finally:
        shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------- checking
BLOCK_RE = re.compile(
    r"^<{5,9} ?SEARCH[^\n]*\n(.*?)\n?^={5,9}[ \t]*\n(.*?)^>{5,9} ?REPLACE",
    re.S | re.M)


def norm(t):
    return "\n".join(l.strip() for l in t.strip("\n").split("\n"))


def check_reply(case, before):
    reply = case["reply"].replace("\r\n", "\n")
    secrets = case.get("secrets", {})
    blocks = BLOCK_RE.findall(reply)
    kind = case.get("refuse_kind")
    blines = before.split("\n")
    nb = [l.strip() for l in blines]
    if case["should_apply"]:
        assert len(blocks) == len(case["fixes"]), (case["n"], len(blocks))
        for (s, r), (old, new) in zip(blocks, case["fixes"]):
            for secret, marker in secrets.items():
                old = old.replace(secret, marker)
                new = new.replace(secret, marker) if new else new
            assert norm(s) == norm(old), (case["n"], s, old)
            assert norm(r) == norm(new or ""), (case["n"], r, new)
            # the SEARCH, as written, must not be found verbatim if the case
            # claims an indentation/whitespace quirk
    elif kind == "ambiguous":
        s = blocks[0][0]
        assert len(find_all(nb, norm(s).split("\n"))) >= 2, case["n"]
    elif kind == "paraphrased":
        s = blocks[0][0]
        assert len(find_all(nb, norm(s).split("\n"))) == 0, case["n"]
    elif kind == "truncated":
        assert "SEARCH" in reply and not re.search(r">{5,9} ?REPLACE", reply)
    elif kind == "no-blocks":
        assert "SEARCH" not in reply and "<<<<" not in reply
    elif kind == "empty-no-deletes":
        assert len(blocks) == 1 and blocks[0][1].strip() == ""
        assert '"deletes": true' not in reply


def window(case, before_lf):
    """The code window as the model saw it (secrets replaced by markers)."""
    lines = before_lf.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    ln = case["line"]
    lo, hi = max(1, ln - 40), min(len(lines), ln + 40)
    body = "\n".join(lines[lo - 1:hi])
    for secret, marker in case.get("secrets", {}).items():
        body = body.replace(secret, marker)
    fence = EXT[case["language"]]
    return (f"lines {lo}\u2013{hi} of {case['path']}\n```{fence}\n{body}\n```\n")


def main():
    import importlib
    sys.modules["gen"] = sys.modules["__main__"]
    for mod in sorted(f[:-3] for f in os.listdir(HERE)
                      if f.startswith("cases_") and f.endswith(".py")):
        importlib.import_module(mod)
    only = set(sys.argv[1:])
    # interleave languages so neighbouring cases differ
    order = ["python", "typescript", "javascript", "rust", "go", "java", "c"]
    buckets = {l: [c for c in CASES if c["language"] == l] for l in order}
    inter = []
    while any(buckets.values()):
        for l in order:
            if buckets[l]:
                inter.append(buckets[l].pop(0))
    for n, case in enumerate(inter, 1):
        case["n"] = n
        if only and str(n) not in only:
            continue
        lang = case["language"]
        ext = EXT[lang]
        before = case["before"].lstrip("\n")
        fixes = case["fixes"]
        if case.get("tabs"):
            before = tabify(before)
            fixes = [(tabify(o), None if w is None else tabify(w)) for o, w in fixes]
            case["fixes"] = fixes
            if case.get("tab_reply", True):
                case["reply"] = tabify(case["reply"])
        mk, off = case["line_of"], 0
        if isinstance(mk, tuple):
            mk, off = mk
        hits = [i for i, l in enumerate(before.split("\n"), 1) if mk in l]
        assert len(hits) == 1, (n, mk, hits)
        case["line"] = hits[0] + off
        expected = apply_fixes(before, fixes)
        assert expected != before
        check_reply(case, before)
        eol = "\r\n" if case.get("crlf_file") else "\n"
        before_w = before.replace("\n", eol)
        expected_w = expected.replace("\n", eol)

        rc, err = compile_in(case, before_w)
        assert rc != 0, (n, "before compiles!", err)
        err = case.get("error_override") or err
        tag = case.get("error_must")
        if tag:
            assert tag in err, (n, tag, err)
        ln = str(case["line"])
        assert re.search(r"(:%s:|line %s(,|\n)|\(%s,|\.js:%s\n)" % (ln, ln, ln, ln), err), (n, ln, err)
        rc2, err2 = compile_in(case, expected_w)
        if case["should_apply"] and case.get("expected_ok", True):
            assert rc2 == 0, (n, "expected fails", err2)

        d = os.path.join(ROOT, "case-%02d" % n)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        with open(os.path.join(d, f"before.{ext}"), "w", newline="") as f:
            f.write(before_w)
        with open(os.path.join(d, "error.txt"), "w", newline="") as f:
            f.write(err if err.endswith("\n") else err + "\n")
        reply = case["reply"]
        if case.get("crlf_reply"):
            reply = reply.replace("\r\n", "\n").replace("\n", "\r\n")
        with open(os.path.join(d, "reply.txt"), "w", newline="") as f:
            f.write(reply)
        if case["should_apply"]:
            with open(os.path.join(d, f"expected.{ext}"), "w", newline="") as f:
                f.write(expected_w)
        else:
            with open(os.path.join(d, "expected-refused.txt"), "w") as f:
                f.write(case["refused"].strip() + "\n")
        if case.get("secrets"):
            with open(os.path.join(d, "window.txt"), "w") as f:
                f.write(window(case, before))
        meta = {"language": lang, "tool": TOOL[lang], "path": case["path"],
                "line": case["line"], "quirks": case["quirks"],
                "should_apply": case["should_apply"]}
        with open(os.path.join(d, "meta.json"), "w") as f:
            f.write(json.dumps(meta, indent=2) + "\n")
        print("case-%02d ok %-10s %s" % (n, lang, ",".join(case["quirks"]) or "-"))


if __name__ == "__main__":
    main()
