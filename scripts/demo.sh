#!/usr/bin/env bash
# The main job, offline, on the embedded SQLite default: build selfheal, then let it heal a broken
# Python script and a broken Rust crate (copies in a temporary directory), and show what it learned.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
selfheal="$PWD/target/release/selfheal"
work=$(mktemp -d)
export SELFHEAL_HOME="${SELFHEAL_HOME:-$work/home}"
cp -r examples/broken-python examples/broken-rust "$work/"

printf '\n== selfheal heal --yes -- python3 report.py\n'
(cd "$work/broken-python" && "$selfheal" heal --yes -- python3 report.py)

printf '\n== selfheal heal --yes -- cargo build --offline\n'
(cd "$work/broken-rust" && "$selfheal" heal --yes -- cargo build --offline --quiet --target-dir "$work/target")

printf '\n== selfheal stats (memory in %s)\n' "$SELFHEAL_HOME"
"$selfheal" stats
echo "(healed copies are in $work)"
