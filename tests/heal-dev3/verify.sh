#!/usr/bin/env bash
# Checks every dev3 case in temporary copies (the case directories are never touched):
#   broken copy (case without fixed/)      -> `bash ./cmd` must exit non-zero
#   fixed copy  (case with fixed/ over it) -> `bash ./cmd` must exit zero (when heal.toml says exit_zero = true)
# Also checks that heal.toml has the required keys and that each cmd finishes in under 10 s.
# Usage: tests/heal-dev3/verify.sh [SUBSTRING]   (only cases whose lang/name contains SUBSTRING)
#        KEEP=1 keeps the temporary copies and logs and prints where they are.
set -u
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/heal-dev3-verify.XXXXXX)
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$tmp"' EXIT; fi
filter=${1:-}
limit=10

copy_case() { # SRC DST: copy a case without fixed/, heal.toml and build leftovers
  mkdir -p "$2"
  (cd "$1" && tar --exclude=./fixed --exclude=./heal.toml --exclude=./target --exclude=./build \
      --exclude='__pycache__' --exclude=.pytest_cache --exclude=.mypy_cache -cf - .) | (cd "$2" && tar -xf -)
}

run_cmd() { # DIR LOG -> prints "rc seconds"
  local start end rc
  start=$(date +%s.%N)
  (cd "$1" && timeout 60 bash ./cmd </dev/null >"$2" 2>&1)
  rc=$?
  end=$(date +%s.%N)
  awk -v rc="$rc" -v s="$start" -v e="$end" 'BEGIN { printf "%s %.1f\n", rc, e - s }'
}

total=0 ok=0 bad=0
printf '%-11s %-34s %-9s %-9s %-6s %-6s %s\n' LANG CASE BROKEN FIXED NOFIX MECH RESULT
for cmdf in "$here"/*/*/cmd; do
  cdir=$(dirname "$cmdf")
  name=$(basename "$cdir")
  lang=$(basename "$(dirname "$cdir")")
  if [ -n "$filter" ] && [[ "$lang/$name" != *"$filter"* ]]; then continue; fi
  total=$((total + 1))
  problems=()
  toml="$cdir/heal.toml"
  if [ ! -f "$toml" ]; then problems+=("no heal.toml"); fi
  for key in exit_zero expect_no_fix class mechanical note; do
    grep -q "^$key *=" "$toml" 2>/dev/null || problems+=("heal.toml lacks $key")
  done
  [ -d "$cdir/fixed" ] || problems+=("no fixed/")
  exit_zero=$(sed -n 's/^exit_zero *= *\([a-z]*\).*/\1/p' "$toml" 2>/dev/null)
  nofix=$(sed -n 's/^expect_no_fix *= *\([a-z]*\).*/\1/p' "$toml" 2>/dev/null)
  mech=$(sed -n 's/^mechanical *= *\([a-z]*\).*/\1/p' "$toml" 2>/dev/null)

  b="$tmp/$lang/$name/broken"; f="$tmp/$lang/$name/fixed"
  copy_case "$cdir" "$b"
  copy_case "$cdir" "$f"
  [ -d "$cdir/fixed" ] && cp -a "$cdir/fixed/." "$f/"
  read -r brc bt < <(run_cmd "$b" "$tmp/$lang/$name/broken.log")
  read -r frc ft < <(run_cmd "$f" "$tmp/$lang/$name/fixed.log")
  [ "$brc" != 0 ] || problems+=("broken copy passes")
  if [ "$exit_zero" = true ] && [ "$frc" != 0 ]; then problems+=("fixed copy fails (rc $frc)"); fi
  for t in "$bt" "$ft"; do
    if awk -v t="$t" -v l="$limit" 'BEGIN { exit !(t >= l) }'; then problems+=("took ${t}s"); fi
  done
  if [ ${#problems[@]} -eq 0 ]; then result=ok; ok=$((ok + 1)); else result="FAIL: ${problems[*]}"; bad=$((bad + 1)); fi
  printf '%-11s %-34s %-9s %-9s %-6s %-6s %s\n' "$lang" "$name" "rc=$brc" "rc=$frc" "${nofix:-?}" "${mech:-?}" "$result"
  printf '%-11s %-34s broken %5ss fixed %5ss\n' "$lang" "$name" "$bt" "$ft" >>"$tmp/times.txt"
done
echo
echo "cases: $total  ok: $ok  failed: $bad"
if [ -n "${KEEP:-}" ]; then echo "copies and logs kept in $tmp"; fi
[ "$bad" -eq 0 ] && [ "$total" -gt 0 ]
