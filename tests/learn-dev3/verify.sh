#!/usr/bin/env bash
# Checks every pair in learn-dev3 in /tmp copies:
#   teach broken fails; teach + teach/fixed passes (or still fails when teach_fixes_error = false);
#   test broken fails; test + test/fixed passes.
# Usage: bash learn-dev3/verify.sh [language-or-pair-filter]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
filter="${1:-}"
pass=0; fail=0
tmp="$(mktemp -d /tmp/learn-dev3-verify.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

run_cmd() { # dir -> exit code of bash ./cmd (20 s limit)
  (cd "$1" && timeout 20 bash ./cmd >"$1/.out" 2>&1); echo $?
}
stage() { # src dst with_fixed
  rm -rf "$2"; mkdir -p "$2"
  (cd "$1" && tar --exclude=./fixed -cf - .) | (cd "$2" && tar -xf -)
  if [ "$3" = 1 ]; then (cd "$1/fixed" && tar -cf - .) | (cd "$2" && tar -xf -); fi
}

for pair in "$here"/*/*/; do
  pair="${pair%/}"
  [ -f "$pair/pair.toml" ] || continue
  name="${pair#$here/}"
  case "$name" in *"$filter"*) ;; *) continue;; esac
  tfe=$(grep -E '^teach_fixes_error' "$pair/pair.toml" | grep -q true && echo true || echo false)
  problems=""
  for side in teach test; do
    if [ ! -f "$pair/$side/cmd" ] || [ ! -d "$pair/$side/fixed" ]; then problems+=" $side:missing"; continue; fi
    d="$tmp/$side"
    stage "$pair/$side" "$d" 0
    rc=$(run_cmd "$d")
    [ "$rc" -ne 0 ] || problems+=" $side-broken-passes"
    stage "$pair/$side" "$d" 1
    rc=$(run_cmd "$d")
    if [ "$side" = teach ] && [ "$tfe" = false ]; then
      [ "$rc" -ne 0 ] || problems+=" teach-fixed-passes(expected-fail)"
    else
      [ "$rc" -eq 0 ] || { problems+=" $side-fixed-fails"; sed 's/^/    | /' "$d/.out" | head -15; }
    fi
  done
  if [ -z "$problems" ]; then echo "ok   $name"; pass=$((pass+1)); else echo "FAIL $name:$problems"; fail=$((fail+1)); fi
done
echo "total: $((pass+fail)) pairs, $pass ok, $fail failed"
[ "$fail" -eq 0 ] && [ $((pass+fail)) -gt 0 ]
