#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The CI soak: skylight_soak for MINUTES against skylight-sandbox with 1 % random faults, under
# heaptrack, then heaptrack's leak total checked against a bound.
#   tests/soak/run-soak.sh SOAK_BINARY SANDBOX_BINARY MINUTES [SEED]
set -euo pipefail
soak=${1:?usage: run-soak.sh SOAK SANDBOX MINUTES [SEED]}
sandbox=${2:?}
minutes=${3:?}
seed=${4:-$(date +%j)}   # a new seed each day; the report names it, so a failure reproduces
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Leaks that grow with the work done would pass this bound within minutes; what Qt and OpenSSL keep
# until exit (their global state) stays far below it.
leak_limit=$((4 * 1024 * 1024))

command -v heaptrack >/dev/null || { echo "run-soak: heaptrack is not installed"; exit 1; }
echo "run-soak: seed $seed, $minutes min, under heaptrack"
heaptrack -o "$scratch/heap" "$soak" --sandbox "$sandbox" --minutes "$minutes" --seed "$seed" \
  --no-rss-check --report "$scratch/report.json" | grep -v '^heaptrack'
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || { echo "run-soak: the soak failed (exit $status)"; exit 1; }

data=""
for f in "$scratch"/heap*.zst "$scratch"/heap*.gz; do
  [ -f "$f" ] && data=$f
done
[ -n "$data" ] || { echo "run-soak: heaptrack wrote no data"; exit 1; }
summary=$(heaptrack_print -f "$data" --print-leaks 0 --print-peaks 0 --print-allocators 0 \
  --print-temporary 0 2>/dev/null | grep -E '^(total runtime|calls to allocation|peak heap|peak RSS|total memory leaked)')
echo "$summary"
leaked=$(sed -n 's/^total memory leaked: \([0-9.]*\)\([KMG]\?\)B\?.*/\1 \2/p' <<<"$summary")
[ -n "$leaked" ] || { echo "run-soak: no leak total in heaptrack's summary"; exit 1; }
bytes=$(awk -v v="${leaked% *}" -v u="${leaked#* }" 'BEGIN { m = (u=="K")?1024:(u=="M")?1048576:(u=="G")?1073741824:1; printf "%d", v*m }')
echo "run-soak: leaked $bytes bytes (limit $leak_limit)"
[ "$bytes" -le "$leak_limit" ] || { echo "run-soak: FAIL: heap leaked more than the limit"; exit 1; }
# Bounded memory: the heap's peak stays far below what growth with the work done would reach.
peak=$(sed -n 's/^peak heap memory consumption: \([0-9.]*\)\([KMG]\?\)B\?.*/\1 \2/p' <<<"$summary")
peak_bytes=$(awk -v v="${peak% *}" -v u="${peak#* }" 'BEGIN { m = (u=="K")?1024:(u=="M")?1048576:(u=="G")?1073741824:1; printf "%d", v*m }')
echo "run-soak: peak heap $peak_bytes bytes (limit $((256 * 1024 * 1024)))"
[ "$peak_bytes" -gt 0 ] && [ "$peak_bytes" -le $((256 * 1024 * 1024)) ] || { echo "run-soak: FAIL: heap peak"; exit 1; }
echo "run-soak: OK"
