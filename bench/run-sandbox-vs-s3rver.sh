#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Serving speed of skylight-sandbox against s3rver (npm), same clients, same run: a full
# ListObjectsV2 of KEYS keys and a GET of one BIG_MIB MiB object, each with boto3 and with a thin
# client (bench/sandbox_bench.py), medians of 3 after a warm-up, with each server's CPU seconds. Usage: bench/run-sandbox-vs-s3rver.sh [BUILD_DIR]
# Environment: KEYS (default 100000), BIG_MIB (default 1024). A report, never a test.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
keys=${KEYS:-100000}
big=${BIG_MIB:-1024}
scratch=$(mktemp -d)
pids=()
cleanup() {
  status=$?
  [ "$status" -eq 0 ] || tail -n 5 "$scratch"/*.out >&2 || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$scratch"
}
trap cleanup EXIT

[ -x bench/peers/node_modules/.bin/s3rver ] || (cd bench/peers && npm ci --no-audit --no-fund >/dev/null)
# A free port below the kernel's ephemeral range (tests/peers/freeport.py says why; rgw.sh uses it too).
free_port() { /usr/bin/python3 tests/peers/freeport.py; }

# skylight-sandbox prints one ready line with its endpoint.
"$build/app/skylight-sandbox" --listen 127.0.0.1:0 --data "$scratch/sandbox" > "$scratch/sandbox.out" 2>&1 &
pids+=($!); sandbox_pid=$!
for _ in $(seq 100); do grep -q ready "$scratch/sandbox.out" && break; sleep 0.1; done
sandbox_url=$(grep -o 's3=[^ ]*' "$scratch/sandbox.out" | cut -d= -f2)

port=$(free_port)
NODE_OPTIONS=--openssl-legacy-provider bench/peers/node_modules/.bin/s3rver -d "$scratch/s3rver" -a 127.0.0.1 -p "$port" --silent > "$scratch/s3rver.out" 2>&1 &
pids+=($!); s3rver_pid=$!
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done

echo "keys=$keys big=${big}MiB load before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
/usr/bin/python3 bench/sandbox_bench.py --endpoint "$sandbox_url" --key SKYLIGHTSANDBOX --secret sandbox-secret-key \
  --pid "$sandbox_pid" --keys "$keys" --big-mib "$big" > "$scratch/sandbox.json"
/usr/bin/python3 bench/sandbox_bench.py --endpoint "http://127.0.0.1:$port" --key S3RVER --secret S3RVER \
  --pid "$s3rver_pid" --keys "$keys" --big-mib "$big" > "$scratch/s3rver.json"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

/usr/bin/python3 - "$scratch/sandbox.json" "$scratch/s3rver.json" "$keys" "$big" <<'PY'
import json, statistics, sys
def load(path):
    lines = [json.loads(l) for l in open(path)]
    return lines[0], lines[1:]
(sp, sr), (rp, rr) = load(sys.argv[1]), load(sys.argv[2])
keys, big = int(sys.argv[3]), int(sys.argv[4])
med = lambda runs, k: statistics.median(r[k] for r in runs)
for runs, name in ((sr, 'sandbox'), (rr, 's3rver')):
    assert all(r['listed'] == keys + 1 for r in runs), f'{name} listed a wrong count'
    assert all(r['got_bytes'] == big * 1024 * 1024 for r in runs), f'{name} returned a wrong size'
    assert all(r['thin_listed'] == keys + 1 for r in runs), f'{name} listed a wrong count (thin)'
    assert all(r['thin_got_bytes'] == big * 1024 * 1024 for r in runs), f'{name} returned a wrong size (thin)'
print(f"{'case':34}{'sandbox':>12}{'s3rver':>12}{'ratio':>9}")
rows = [
    ('list, boto3: keys/s', keys / med(sr, 'list_wall'), keys / med(rr, 'list_wall')),
    ('list, boto3: server CPU s', med(sr, 'list_server_cpu'), med(rr, 'list_server_cpu')),
    ('list, thin: keys/s', keys / med(sr, 'thin_list_wall'), keys / med(rr, 'thin_list_wall')),
    ('list, thin: server CPU s', med(sr, 'thin_list_server_cpu'), med(rr, 'thin_list_server_cpu')),
    ('GET, boto3: MiB/s', big / med(sr, 'get_wall'), big / med(rr, 'get_wall')),
    ('GET, boto3: server CPU s', med(sr, 'get_server_cpu'), med(rr, 'get_server_cpu')),
    ('GET, thin: MiB/s', big / med(sr, 'thin_get_wall'), big / med(rr, 'thin_get_wall')),
    ('GET, thin: server CPU s', med(sr, 'thin_get_server_cpu'), med(rr, 'thin_get_server_cpu')),
    ('populate (thin PUTs + 1 upload): wall s', sp['populate_wall'], rp['populate_wall']),
    ('populate: server CPU s', sp['populate_server_cpu'], rp['populate_server_cpu']),
]
for name, a, b in rows:
    print(f"{name:34}{a:12.2f}{b:12.2f}{(a / b if b else float('inf')):8.2f}x")
print("goal: sandbox throughput >= 3x s3rver's at less server CPU")
print('raw medians:', json.dumps({'sandbox': {k: med(sr, k) for k in sr[0]}, 's3rver': {k: med(rr, k) for k in rr[0]}}))
PY
