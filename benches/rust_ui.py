#!/usr/bin/env python3
"""selfheal against `cargo fix --broken-code` on the rust-lang/rust tests/ui .fixed corpus.

    benches/rust_ui.py SELFHEAL [--corpus DIR] [--limit N] [--filter S] [--jobs N]
                       [--json FILE] [--keep DIR]
    benches/rust_ui.py --summarize FILE.json      (the report of an earlier run, again)

For each case folder (Cargo.toml, src/main.rs or src/lib.rs, expected.fixed, SOURCE; made by
tests/fixtures/rust-ui-fixed/collect.py), in two fresh temporary copies:

  selfheal  `SELFHEAL heal --yes --max-rounds 5 --report R -- cargo build --quiet`, with a fresh
            empty SELFHEAL_HOME, then `cargo build --quiet` to judge;
  cargo fix `cargo fix --broken-code --allow-no-vcs --allow-dirty --quiet`, then
            `cargo build --quiet` to judge.

Each tool's verdict on a case:
  healed   `cargo build` passes afterwards;
  exact    the source equals expected.fixed, trailing whitespace aside (exact-code: the same,
           also leaving out lines that are only a comment -- the .rs and .fixed of a case can
           come from commits whose `//@` header lines are spelled differently);
  wrong    the tool changed the source and the build still fails;
  untouched  the source is as it was (and the build fails, since every .rs fails).
Times are wall-clock of the tool's own command (not the judging build). Prints a markdown
report; --json writes every case's result (selfheal's rounds, fixes tried and kept, from its
`--report`; the tail of each tool's output). No dependencies beyond python3 and cargo. The corpus
folder (default tests/fixtures/rust-ui-fixed/cases) is made by that folder's collect.py.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "tests", "fixtures", "rust-ui-fixed", "cases")
TIMEOUT = 600


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def source_of(case):
    info = {}
    for line in read(os.path.join(case, "SOURCE")).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            info[k.strip()] = v.strip()
    return info


def main_file(work):
    for name in ("main.rs", "lib.rs"):
        p = os.path.join(work, "src", name)
        if os.path.exists(p):
            return p
    raise FileNotFoundError("no src/main.rs or src/lib.rs in " + work)


def norm(text, drop_comments=False):
    lines = [l.rstrip() for l in text.splitlines()]
    if drop_comments:
        lines = [l for l in lines if not l.strip().startswith("//")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def run(cmd, cwd, env=None):
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                           timeout=TIMEOUT)
        code, out = p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired as e:
        code, out = -1, "timeout after %ss\n%s" % (TIMEOUT, e.stderr or "")
    return code, out, time.monotonic() - start


def builds(work, env, result):
    code, _out, secs = run(["cargo", "build", "--quiet"], work, env)
    result["judge_build_seconds"] = round(secs, 3)
    return code == 0


def judge(case, work, env, result):
    before = read(os.path.join(case, "src", os.path.basename(main_file(case))))
    after = read(main_file(work))
    expected = read(os.path.join(case, "expected.fixed"))
    result["changed"] = norm(after) != norm(before)
    result["healed"] = builds(work, env, result)
    result["exact"] = norm(after) == norm(expected)
    result["exact_code"] = norm(after, True) == norm(expected, True)
    result["wrong"] = result["changed"] and not result["healed"]
    return result


def cargo_env(target_dir):
    env = dict(os.environ)
    env["CARGO_TARGET_DIR"] = target_dir
    env.pop("RUSTFLAGS", None)
    env["CARGO_TERM_COLOR"] = "never"
    return env


def run_selfheal(selfheal, case, tmp):
    work = os.path.join(tmp, "selfheal")
    shutil.copytree(case, work)
    home = os.path.join(tmp, "selfheal-home")
    os.mkdir(home)
    env = cargo_env(os.path.join(tmp, "target-selfheal"))
    env["SELFHEAL_HOME"] = home
    report_path = os.path.join(tmp, "heal-report.json")
    cmd = [selfheal, "heal", "--yes", "--max-rounds", "5", "--report", report_path, "--",
           "cargo", "build", "--quiet"]
    code, out, secs = run(cmd, work, env)
    r = {"exit": code, "seconds": round(secs, 3)}
    try:
        rep = json.loads(read(report_path))
        r["rounds"] = rep.get("rounds")
        applied = rep.get("applied") or []
        r["tries"] = len(applied)
        r["kept"] = sum(1 for a in applied if a.get("outcome") == "success")
        r["planned"] = len(rep.get("planned") or [])
        r["remaining_errors"] = rep.get("remaining_errors")
    except (OSError, ValueError):
        r["rounds"] = None
        r["report_missing"] = True
    r["tail"] = out[-2000:]
    return judge(case, work, env, r)


def run_cargo_fix(case, tmp):
    work = os.path.join(tmp, "cargofix")
    shutil.copytree(case, work)
    env = cargo_env(os.path.join(tmp, "target-cargofix"))
    cmd = ["cargo", "fix", "--broken-code", "--allow-no-vcs", "--allow-dirty", "--quiet"]
    if os.path.exists(os.path.join(work, "src", "main.rs")):
        cmd.append("--bins")
    else:
        cmd.append("--lib")
    code, out, secs = run(cmd, work, env)
    r = {"exit": code, "seconds": round(secs, 3), "tail": out[-2000:]}
    return judge(case, work, env, r)


def one_case(args, case):
    name = os.path.basename(case)
    src = source_of(case)
    codes = sorted(set(src.get("rustc-errors", "").split()))
    res = {"case": name, "path": src.get("path"), "codes": codes}
    with tempfile.TemporaryDirectory(prefix="rust-ui-") as tmp:
        res["selfheal"] = run_selfheal(args.selfheal, case, tmp)
        res["cargo_fix"] = run_cargo_fix(case, tmp)
        if args.keep:
            dest = os.path.join(args.keep, name)
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(tmp, dest, ignore=shutil.ignore_patterns("target-*"))
    return res


def pct(n, d):
    return "%d (%.0f%%)" % (n, 100.0 * n / d) if d else "0"


def summary(results):
    n = len(results)
    out = []
    out.append("| | selfheal | cargo fix --broken-code |")
    out.append("|---|---|---|")
    out.append("| cases | %d | %d |" % (n, n))
    for key, label in (("healed", "healed (cargo build passes)"),
                       ("exact", "exact as .fixed"),
                       ("exact_code", "exact as .fixed, comment lines aside"),
                       ("wrong", "wrong (changed, still fails)")):
        out.append("| %s | %s | %s |" % (label, pct(sum(r["selfheal"][key] for r in results), n),
                                         pct(sum(r["cargo_fix"][key] for r in results), n)))
    untouched = lambda t: sum(1 for r in results if not r[t]["changed"])
    out.append("| untouched | %s | %s |" % (pct(untouched("selfheal"), n),
                                           pct(untouched("cargo_fix"), n)))
    med = lambda t, f=lambda r: True: ("%.2f s" % statistics.median(
        [r[t]["seconds"] for r in results if f(r)])) if any(f(r) for r in results) else "-"
    out.append("| median time per case | %s | %s |" % (med("selfheal"), med("cargo_fix")))
    out.append("| median time per healed case | %s | %s |" % (
        med("selfheal", lambda r: r["selfheal"]["healed"]),
        med("cargo_fix", lambda r: r["cargo_fix"]["healed"])))
    out.append("| total time | %.0f s | %.0f s |" % (sum(r["selfheal"]["seconds"] for r in results),
                                                    sum(r["cargo_fix"]["seconds"] for r in results)))
    builds = [r[t]["judge_build_seconds"] for r in results for t in ("selfheal", "cargo_fix")
              if "judge_build_seconds" in r[t]]
    if builds:
        out.append("| median time of one `cargo build` of a case (the judging build) | %.2f s | |"
                   % statistics.median(builds))
    rounds = Counter(r["selfheal"].get("rounds") for r in results)
    tries = Counter(r["selfheal"].get("tries") for r in results)
    kept = Counter(r["selfheal"].get("kept") for r in results)
    out.append("")
    out.append("selfheal rounds per case (from `--report`): " + ", ".join(
        "%s: %d" % (k, v) for k, v in sorted(rounds.items(), key=lambda kv: (kv[0] is None, kv[0]))))
    dist = lambda c: ", ".join("%s: %d" % (k, v) for k, v in
                               sorted(c.items(), key=lambda kv: (kv[0] is None, kv[0])))
    out.append("selfheal fixes tried per case (applied, then judged): " + dist(tries))
    out.append("selfheal fixes kept per case (judged to work): " + dist(kept))
    n_tries = sum(r["selfheal"].get("tries") or 0 for r in results)
    n_kept = sum(r["selfheal"].get("kept") or 0 for r in results)
    out.append("selfheal fixes tried in all: %d, kept: %d, reverted: %d" % (n_tries, n_kept,
                                                                        n_tries - n_kept))
    both = sum(1 for r in results if r["selfheal"]["healed"] and r["cargo_fix"]["healed"])
    only_s = sum(1 for r in results if r["selfheal"]["healed"] and not r["cargo_fix"]["healed"])
    only_c = sum(1 for r in results if r["cargo_fix"]["healed"] and not r["selfheal"]["healed"])
    out.append("healed by both: %d; only selfheal: %d; only cargo fix: %d" % (both, only_s, only_c))

    out.append("")
    out.append("Per error code (a case counts under every code its .rs raises; top 15 by cases):")
    out.append("")
    out.append("| code | cases | selfheal healed | cargo fix healed | selfheal exact-code | cargo fix exact-code |")
    out.append("|---|---|---|---|---|---|")
    per = Counter()
    for r in results:
        for c in r["codes"] or ["none"]:
            per[c] += 1
    for code, cnt in per.most_common(15):
        rs = [r for r in results if code in (r["codes"] or ["none"])]
        out.append("| %s | %d | %d | %d | %d | %d |" % (
            code, cnt, sum(r["selfheal"]["healed"] for r in rs),
            sum(r["cargo_fix"]["healed"] for r in rs),
            sum(r["selfheal"]["exact_code"] for r in rs),
            sum(r["cargo_fix"]["exact_code"] for r in rs)))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("selfheal", nargs="?", help="path to the selfheal binary")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--filter", default="")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--json", help="write every case's result here")
    ap.add_argument("--keep", help="copy each case's worked copies here (for a look after)")
    ap.add_argument("--summarize", metavar="JSON",
                    help="print the report of an earlier run's --json file; run nothing")
    args = ap.parse_args()
    if args.summarize:
        with open(args.summarize, encoding="utf-8") as f:
            run_ = json.load(f)
        print("%s; %s; %d cases; %s s in all\n" % (run_["rustc"], run_["cargo"],
              len(run_["results"]), run_["elapsed_seconds"]))
        print(summary(run_["results"]))
        return 0
    if not args.selfheal:
        ap.error("the selfheal binary is required")
    args.selfheal = os.path.abspath(args.selfheal)
    corpus = os.path.abspath(args.corpus)
    cases = sorted(os.path.join(corpus, d) for d in os.listdir(corpus)
                   if os.path.isfile(os.path.join(corpus, d, "SOURCE")) and args.filter in d)
    if args.limit:
        cases = cases[: args.limit]
    if not cases:
        sys.exit("no cases under %s" % corpus)

    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    cargo = subprocess.run(["cargo", "--version"], capture_output=True, text=True).stdout.strip()
    results = []
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for i, res in enumerate(pool.map(lambda c: one_case(args, c), cases), 1):
            results.append(res)
            s, c = res["selfheal"], res["cargo_fix"]
            mark = lambda r: ("exact" if r["exact_code"] else "healed") if r["healed"] else (
                "WRONG" if r["wrong"] else "-")
            print("[%d/%d] %-60s selfheal %-6s (%s rounds, %.1fs)  cargo fix %-6s (%.1fs)"
                  % (i, len(cases), res["case"][:60], mark(s), s.get("rounds"), s["seconds"],
                     mark(c), c["seconds"]), file=sys.stderr, flush=True)
    elapsed = time.monotonic() - start
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"rustc": rustc, "cargo": cargo, "selfheal": args.selfheal,
                       "elapsed_seconds": round(elapsed), "results": results}, f, indent=1)
            f.write("\n")
    print("%s; %s; %d cases; %.0f s in all\n" % (rustc, cargo, len(results), elapsed))
    print(summary(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
