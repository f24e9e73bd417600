#!/usr/bin/env bash
# Times `selfheal scrub` on a realistic build log with a few secrets per MB (the log of
# tests/scrub_throughput.rs), reporting MB/s of wall-clock and of CPU (user + system) time: on a
# shared machine the first measures the neighbours too.
#
#   bash benches/peers/scrub/throughput.sh [MEGABYTES]   (default 50)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
megabytes="${1:-50}"
log="$(mktemp -t selfheal-scrub-bench.XXXXXX)"
trap 'rm -f "$log"' EXIT

cd "$root"
SELFHEAL_SCRUB_BENCH_MB="$megabytes" SELFHEAL_SCRUB_BENCH_OUT="$log" \
    cargo test --release --quiet --test scrub_throughput -- --nocapture | grep 'throughput:'
cargo build --release --quiet

bytes=$(wc -c <"$log")
for run in 1 2 3; do
    /usr/bin/time -f "%e %U %S" -o "$log.time" target/release/selfheal scrub "$log" >/dev/null
    read -r wall user system <"$log.time"
    python3 -c "
b = $bytes / 1e6
print(f'selfheal scrub run $run: {b:.1f} MB in {$wall:.2f}s wall = {b / max($wall, 1e-9):.1f} MB/s, '
      f'{$user + $system:.2f}s CPU = {b / max($user + $system, 1e-9):.1f} MB/s')"
done
rm -f "$log.time"
