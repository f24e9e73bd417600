#!/usr/bin/env bash
# Verifies every pair under tests/learn-heldout/<language>/<pair>/ in temporary copies
# (the pair directories are never modified):
#   teach broken fails; teach + fixed/ passes (still fails when teach_fixes_error = false);
#   test broken fails;  test + fixed/ passes.
# The broken state is run both as laid out (fixed/ present) and with fixed/ removed.
# Usage: bash tests/learn-heldout/verify.sh [filter-substring]
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
filter="${1:-}"
work="$(mktemp -d /tmp/learn-heldout-verify.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export PYTHONDONTWRITEBYTECODE=1
ok=0; bad=0

run() { # dir -> exit code of bash ./cmd (timeout 60 s)
  (cd "$1" && timeout 60 bash ./cmd >"$work/last.log" 2>&1)
}

check_side() { # pairdir side expect_fixed_pass -> echoes problems
  local src="$1/$2" expect="$3" c
  c="$work/c"; rm -rf "$c"; cp -r "$src" "$c"
  if run "$c"; then echo -n " $2-broken-as-laid-out-passes"; fi
  rm -rf "$c"; cp -r "$src" "$c"; rm -rf "$c/fixed"
  if run "$c"; then echo -n " $2-broken-passes"; fi
  [ -d "$src/fixed" ] || { echo -n " $2-no-fixed"; return; }
  cp -r "$src/fixed/." "$c/"
  if run "$c"; then
    [ "$expect" = pass ] || echo -n " $2-fixed-passes(expected-fail)"
  else
    [ "$expect" = fail ] || echo -n " $2-fixed-fails"
  fi
  rm -rf "$c"
}

for pd in "$here"/*/*/; do
  pd="${pd%/}"
  [ -f "$pd/pair.toml" ] || continue
  name="$(basename "$(dirname "$pd")")/$(basename "$pd")"
  case "$name" in *"$filter"*) ;; *) continue ;; esac
  kind="$(sed -n 's/^kind = "\(.*\)"/\1/p' "$pd/pair.toml")"
  tfe="$(sed -n 's/^teach_fixes_error = //p' "$pd/pair.toml")"
  expect=pass; [ "$tfe" = false ] && expect=fail
  probs="$(check_side "$pd" teach "$expect")$(check_side "$pd" test pass)"
  if [ -z "$probs" ]; then
    ok=$((ok+1)); printf 'ok    %-55s %s\n' "$name" "$kind"
  else
    bad=$((bad+1)); printf 'FAIL  %-55s %s:%s\n' "$name" "$kind" "$probs"
  fi
done
echo "total: $((ok+bad)) pairs, $ok ok, $bad failed"
[ "$bad" -eq 0 ] && [ "$ok" -gt 0 ]
