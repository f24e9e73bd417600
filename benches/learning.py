#!/usr/bin/env python3
"""How well selfheal learns from a person's fix: the (teach, test) pairs of a pair corpus.

    benches/learning.py SELFHEAL [--pairs DIR] [--filter S] [--json FILE]

The default corpus is tests/learn-heldout (written blind to the learner; see its README for the
layout: <language>/<pair>/{pair.toml, teach/, test/}). For each pair, with a fresh empty
SELFHEAL_HOME and temporary copies of both projects (their fixed/ folders left out):

  teach  `SELFHEAL run -- bash ./cmd` in the teach project (the error shows), then teach/fixed/
         copied over it (the person's change), then `SELFHEAL run -- bash ./cmd` again: the
         learner sees the error gone and may print `selfheal: learned ...`;
  test   `SELFHEAL heal --yes -- bash ./cmd` in the test project with SELFHEAL_BUILTIN=0, so
         that only what was learned can fix it; then `bash ./cmd` judges.

Verdicts per pair:
  healed   the test's cmd passes afterwards (recurrence and generalisation pairs);
  wrong    heal changed the test project and its cmd still fails, or it changed a
           must-not-learn pair's test project at all;
  learned  the teach step printed `selfheal: learned` (for must-not-learn pairs: a lesson
           that should not have been learned).
Prints totals per kind and per language only -- never a pair's name or content, so that the
corpus stays unseen by whoever tunes the learner. --json writes the per-pair verdicts for later
analysis by someone who is not tuning.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def copy_project(source, target):
    shutil.copytree(
        source,
        target,
        ignore=shutil.ignore_patterns("fixed", "target", "build", "__pycache__", ".mypy_cache"),
    )


def snapshot(directory):
    files = {}
    for base, dirs, names in os.walk(directory):
        dirs[:] = [d for d in dirs if d not in ("target", "build", "__pycache__", ".mypy_cache")]
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, directory)] = f.read()
    return files


def run(command, cwd, env, timeout=120):
    started = time.time()
    try:
        done = subprocess.run(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout,
        )
        return done.returncode, done.stdout.decode("utf-8", "replace"), time.time() - started
    except subprocess.TimeoutExpired:
        return 124, "timeout", time.time() - started


def one_pair(selfheal, pair_dir, scratch):
    spec = tomllib.load(open(os.path.join(pair_dir, "pair.toml"), "rb"))
    home = os.path.join(scratch, "home")
    env = dict(os.environ)
    for name in ("CI", "GITHUB_ACTIONS", "SELFHEAL_LEARN", "SELFHEAL_BUILTIN"):
        env.pop(name, None)
    env.update({
        "SELFHEAL_HOME": home,
        "PYTHONDONTWRITEBYTECODE": "1",
        "GOCACHE": os.path.join(tempfile.gettempdir(), "learn-heldout-gocache"),
        "GOPATH": os.path.join(tempfile.gettempdir(), "learn-heldout-gopath"),
        "GOPROXY": "off",
        "GOWORK": "off",
    })
    teach = os.path.join(scratch, "teach")
    copy_project(os.path.join(pair_dir, "teach"), teach)
    run([selfheal, "run", "--", "bash", "./cmd"], teach, env)
    shutil.copytree(os.path.join(pair_dir, "teach", "fixed"), teach, dirs_exist_ok=True)
    _, said, _ = run([selfheal, "run", "--", "bash", "./cmd"], teach, env)
    learned = "selfheal: learned" in said

    test = os.path.join(scratch, "test")
    copy_project(os.path.join(pair_dir, "test"), test)
    before = snapshot(test)
    heal_env = dict(env, SELFHEAL_BUILTIN="0")
    _, _, seconds = run([selfheal, "heal", "--yes", "--", "bash", "./cmd"], test, heal_env, 300)
    after = snapshot(test)
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    changed = {k for k in changed if not k.startswith(("target", "build")) and k != "Cargo.lock"}
    code, _, _ = run(["bash", "./cmd"], test, env)
    kind = spec.get("kind", "")
    healed = code == 0 and kind != "must-not-learn"
    wrong = (bool(changed) and code != 0) or (kind == "must-not-learn" and bool(changed))
    return {
        "kind": kind,
        "learned": learned,
        "healed": healed,
        "wrong": wrong,
        "changed": bool(changed),
        "seconds": seconds,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("selfheal")
    parser.add_argument("--pairs", default=os.path.join(ROOT, "tests", "learn-heldout"))
    parser.add_argument("--filter", default="")
    parser.add_argument("--json")
    args = parser.parse_args()
    selfheal = os.path.abspath(args.selfheal)
    pairs = []
    for language in sorted(os.listdir(args.pairs)):
        language_dir = os.path.join(args.pairs, language)
        if not os.path.isdir(language_dir):
            continue
        for name in sorted(os.listdir(language_dir)):
            pair_dir = os.path.join(language_dir, name)
            if os.path.isfile(os.path.join(pair_dir, "pair.toml")) and args.filter in f"{language}/{name}":
                pairs.append((language, name, pair_dir))
    results = []
    started = time.time()
    for index, (language, name, pair_dir) in enumerate(pairs, 1):
        with tempfile.TemporaryDirectory(prefix="selfheal-learning-") as scratch:
            result = one_pair(selfheal, pair_dir, scratch)
        result.update({"language": language, "pair": name})
        results.append(result)
        print(f"\r{index}/{len(pairs)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    table = defaultdict(lambda: defaultdict(int))
    for r in results:
        for key in (("all", r["kind"]), (r["language"], r["kind"]), ("all", "*"), (r["language"], "*")):
            row = table[key]
            row["pairs"] += 1
            row["learned"] += r["learned"]
            row["healed"] += r["healed"]
            row["wrong"] += r["wrong"]
    pct = lambda n, d: f"{100.0 * n / d:.1f}%" if d else "-"
    print(f"learning pairs: {len(results)} in {time.time() - started:.0f} s  ({args.pairs})")
    print("| scope | kind | pairs | taught (learned) | healed | wrong |")
    print("|---|---|---:|---:|---:|---:|")
    for (scope, kind), row in sorted(table.items(), key=lambda item: (item[0][0] != "all", item[0])):
        healed = "-" if kind == "must-not-learn" else f"{row['healed']} ({pct(row['healed'], row['pairs'])})"
        print(f"| {scope} | {kind} | {row['pairs']} | {row['learned']} | {healed} | {row['wrong']} ({pct(row['wrong'], row['pairs'])}) |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
