#!/usr/bin/env bash
# Measures selfheal's scrubber against detect-secrets and secretlint on the same corpus
# (tests/scrub/corpus.txt, expanded by tests/scrub_corpus.rs) and prints one table.
#
#   bash benches/peers/scrub/run.sh [WORK_DIR]
#
# Needs: cargo, python3, detect-secrets (PyPI: `pip install detect-secrets`), and secretlint with
# its recommended preset (npm; installed globally here when missing). WORK_DIR (default: a new
# temporary directory) receives the corpus, one file per case, and each tool's raw output.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${1:-$(mktemp -d -t selfheal-scrub-peers.XXXXXX)}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
rm -rf "$work/cases"

echo "exporting the corpus to $work" >&2
(cd "$root" && SELFHEAL_SCRUB_EXPORT="$work" cargo test --release --quiet --test scrub_corpus \
    corpus_recall_and_damage >/dev/null)
(cd "$root" && cargo build --release --quiet)

if ! command -v detect-secrets >/dev/null; then
    echo "detect-secrets is missing: pip install detect-secrets" >&2
    exit 1
fi
if ! command -v secretlint >/dev/null \
    || ! npm ls -g @secretlint/secretlint-rule-preset-recommend >/dev/null 2>&1; then
    echo "installing secretlint (npm, global)" >&2
    npm install --global --silent secretlint @secretlint/secretlint-rule-preset-recommend >&2
fi

seconds() { python3 -c 'import time; print(time.monotonic())'; }
elapsed() { python3 -c "print(round($2 - $1, 3))"; }

cd "$work"
start=$(seconds)
cat cases/*.txt | "$root/target/release/selfheal" scrub >/dev/null
ours=$(elapsed "$start" "$(seconds)")

start=$(seconds)
detect-secrets scan --all-files cases >detect-secrets.json
detect=$(elapsed "$start" "$(seconds)")

echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' >.secretlintrc.json
start=$(seconds)
# secretlint exits 1 when it finds something.
secretlint --format json "cases/**/*" >secretlint.json || true
lint=$(elapsed "$start" "$(seconds)")

cat >timings.json <<JSON
{"selfheal": $ours, "detect-secrets": $detect, "secretlint": $lint}
JSON

echo "detect-secrets $(detect-secrets --version), secretlint $(secretlint --version)"
python3 "$here/score.py" "$work"
