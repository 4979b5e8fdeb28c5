#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Signatures per second, Skylight (bench_signing, Google Benchmark) against botocore
# (botocore_sign_bench.py) on the same requests, both pinned to core 0. A report, not a test:
# always exits 0 once both have run.
#
#   bench/run-signing.sh [BUILD_DIR]     (default: build)
set -euo pipefail

BUILD=${1:-build}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi

# Both matter when reading the numbers: an unoptimised build, or a compile on the same cores.
TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
echo "build type: ${TYPE:-unknown}; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

${PIN[@]+"${PIN[@]}"} "$BUILD/bench/bench_signing" --benchmark_format=json \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true >"$TMP/skylight.json"
${PIN[@]+"${PIN[@]}"} "$PY" "$HERE/botocore_sign_bench.py" >"$TMP/botocore.jsonl"

"$PY" - "$TMP/skylight.json" "$TMP/botocore.jsonl" <<'EOF'
import json, sys

CASES = [('BM_SigV4_S3Get', 'sigv4_s3_get'),
         ('BM_SigV4_S3Presign', 'sigv4_s3_presign'),
         ('BM_HmacV1_S3Get', 'hmacv1_s3_get'),
         ('BM_SigV2_DescribeInstances', 'sigv2_describe_instances')]

gb = json.load(open(sys.argv[1]))
ours = {b['run_name']: b['items_per_second'] for b in gb['benchmarks']
        if b.get('aggregate_name') == 'median'}
boto = {}
for line in open(sys.argv[2]):
    d = json.loads(line)
    boto[d['case']] = d['signatures_per_second']

print(f"{'case':<26} {'Skylight sig/s':>15} {'botocore sig/s':>15} {'ratio':>8}")
for bm, case in CASES:
    s, b = ours.get(bm), boto.get(case)
    ratio = f'{s / b:.1f}x' if s and b else '-'
    s = f'{s:,.0f}' if s else '-'
    b = f'{b:,.0f}' if b else '-'
    print(f'{case:<26} {s:>15} {b:>15} {ratio:>8}')

s, b = ours.get('BM_SigV4_S3Get'), boto.get('sigv4_s3_get')
ok = bool(s and b and s >= 300000 and s / b >= 100)
print(f"sigv4_s3_get goal: >= 300000 sig/s and >= 100x botocore: {'PASS' if ok else 'MISS'}")
EOF
