#!/usr/bin/env bash
# The main job, offline, on the embedded SQLite default: build selfheal, then let it heal a broken
# Python script and a broken Rust crate (copies in a temporary directory), learn a fix made by
# hand and heal the same mistake elsewhere with it, and show what it remembers.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
selfheal="$PWD/target/release/selfheal"
work=$(mktemp -d)
export SELFHEAL_HOME="${SELFHEAL_HOME:-$work/home}"
cp -r examples/broken-python examples/broken-rust examples/learn "$work/"

printf '\n== selfheal heal --yes -- python3 report.py\n'
(cd "$work/broken-python" && "$selfheal" heal --yes -- python3 report.py)

printf '\n== selfheal heal --yes -- cargo build --offline\n'
(cd "$work/broken-rust" && "$selfheal" heal --yes -- cargo build --offline --quiet --target-dir "$work/target")

printf '\n== a fix made by hand, learned: selfheal run, edit, selfheal run\n'
(cd "$work/learn" && "$selfheal" run -- python3 main.py || true)
sed -i 's/load_config(/settings_from(/' "$work/learn/main.py"
(cd "$work/learn" && "$selfheal" run -- python3 main.py)
printf '\n== the same mistake in another file: selfheal heal --yes -- python3 tool.py\n'
(cd "$work/learn" && "$selfheal" heal --yes -- python3 tool.py)

printf '\n== selfheal stats (memory in %s)\n' "$SELFHEAL_HOME"
"$selfheal" stats
echo "(healed copies are in $work)"
