#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What reading upload bodies ahead on worker threads costs (FileSliceDevice: "ahead", what the GUI
# thread does, against "direct", what the CLI does): the same skylight-cli, SKYLIGHT_UPLOAD_READS set
# either way, alternating on one skylight-sandbox. Cases: one BIG_MIB MiB file (multipart), and a
# folder of MID files of 12 MiB (single PUTs). Medians of RUNS runs: wall, client CPU (user+sys,
# /usr/bin/time), peak RSS, minor page faults. A report, never a test.
# Usage: bench/run-upload-reads.sh [BUILD_DIR]   Environment: BIG_MIB (1024), MID (40), RUNS (5).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
big=${BIG_MIB:-1024}
mid=${MID:-40}
runs=${RUNS:-5}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/skylight-reads.XXXXXX")
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT

"$build/app/skylight-sandbox" --listen 127.0.0.1:0 --data "$scratch/sandbox" > "$scratch/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do grep -q ready "$scratch/sandbox.out" && break; sleep 0.1; done
url=$(grep -o 's3=[^ ]*' "$scratch/sandbox.out" | cut -d= -f2)
export AWS_ACCESS_KEY_ID=SKYLIGHTSANDBOX AWS_SECRET_ACCESS_KEY=sandbox-secret-key
cli() { "$build/app/skylight-cli" s3 "$@" --endpoint-url "$url" --provider sandbox --no-journal; }

head -c $((big * 1024 * 1024)) /dev/urandom > "$scratch/big.bin"
mkdir "$scratch/mid"
for i in $(seq "$mid"); do head -c $((12 * 1024 * 1024)) /dev/urandom > "$scratch/mid/f$i"; done
cli mb s3://bench > /dev/null
echo "big=${big}MiB mid=${mid}x12MiB runs=$runs load before: $(cut -d' ' -f1-3 /proc/loadavg)"

for run in $(seq "$runs"); do
    for mode in direct ahead; do
        export SKYLIGHT_UPLOAD_READS=$mode
        /usr/bin/time -f "$mode big %e %U %S %M %R" -a -o "$scratch/results" \
            "$build/app/skylight-cli" s3 cp "$scratch/big.bin" "s3://bench/big-$mode-$run" \
            --endpoint-url "$url" --provider sandbox --no-journal > /dev/null
        /usr/bin/time -f "$mode mid %e %U %S %M %R" -a -o "$scratch/results" \
            "$build/app/skylight-cli" s3 cp "$scratch/mid" "s3://bench/mid-$mode-$run/" --recursive \
            --endpoint-url "$url" --provider sandbox --no-journal > /dev/null
        unset SKYLIGHT_UPLOAD_READS
        cli rm "s3://bench/big-$mode-$run" > /dev/null
        cli rm "s3://bench/mid-$mode-$run/" --recursive > /dev/null
    done
done

/usr/bin/python3 - "$scratch/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
print("| case | reads | wall s | CPU s (range) | peak RSS MiB | minor faults |")
print("|---|---|---|---|---|---|")
for case in ("big", "mid"):
    for mode in ("direct", "ahead"):
        r = [x for x in rows if x[0] == mode and x[1] == case]
        cpu = sorted(float(x[3]) + float(x[4]) for x in r)
        print("| %s | %s | %.2f | %.2f (%.2f–%.2f) | %d | %d |" % (
            case, mode, statistics.median(float(x[2]) for x in r), statistics.median(cpu), cpu[0],
            cpu[-1], statistics.median(int(x[5]) for x in r) / 1024, statistics.median(int(x[6]) for x in r)))
PY
