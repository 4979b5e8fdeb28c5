#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Client cost of skylight-cli s3 against awscli (/usr/bin/aws), s3cmd, rclone and boto3 on one
# skylight-sandbox, same run: list KEYS keys; upload and download one BIG_MIB MiB file; upload
# SMALL files of 4 KiB (a folder, recursive). Medians of RUNS runs of wall seconds, client CPU
# seconds (user+sys of the client and its children, /usr/bin/time), peak RSS, and the sandbox's CPU
# seconds over the same command (utime+stime from /proc/PID/stat, before and after).
# Usage: bench/run-transfer-peers.sh [BUILD_DIR]
# Environment: KEYS (default 100000), BIG_MIB (default 1024), SMALL (default 2000), RUNS (default 3),
# TOOLS (default "skylight aws s3cmd rclone boto3"), SANDBOX_DATA (a sandbox folder kept between
# runs: the KEYS keys are put there once, which takes a quarter of an hour). A report, never a test.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
keys=${KEYS:-100000}
big=${BIG_MIB:-1024}
small=${SMALL:-2000}
runs=${RUNS:-3}
tools=${TOOLS:-skylight aws s3cmd rclone boto3}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/skylight-bench.XXXXXX")
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
data=${SANDBOX_DATA:-$scratch/sandbox}

"$build/app/skylight-sandbox" --listen 127.0.0.1:0 --data "$data" > "$scratch/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do grep -q ready "$scratch/sandbox.out" && break; sleep 0.1; done
url=$(grep -o 's3=[^ ]*' "$scratch/sandbox.out" | cut -d= -f2)
hostport=${url#http://}

unset AWS_CA_BUNDLE AWS_PROFILE AWS_ENDPOINT_URL
export AWS_ACCESS_KEY_ID=SKYLIGHTSANDBOX AWS_SECRET_ACCESS_KEY=sandbox-secret-key AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true AWS_PAGER=
export RCLONE_CONFIG=/dev/null RCLONE_CONFIG_SB_TYPE=s3 RCLONE_CONFIG_SB_PROVIDER=Other RCLONE_CONFIG_SB_ENDPOINT="$url"
export RCLONE_CONFIG_SB_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID RCLONE_CONFIG_SB_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY
export RCLONE_CONFIG_SB_FORCE_PATH_STYLE=true RCLONE_CONFIG_SB_REGION=us-east-1
cat > "$scratch/s3cfg" <<EOF
[default]
access_key = $AWS_ACCESS_KEY_ID
secret_key = $AWS_SECRET_ACCESS_KEY
host_base = $hostport
host_bucket = $hostport
use_https = False
signature_v2 = False
bucket_location = us-east-1
EOF
# Wrappers that exec the client, so /usr/bin/time measures the client alone.
printf '#!/bin/sh\nexec "%s" s3 "$@" --endpoint-url "%s" --provider sandbox --no-journal\n' \
    "$build/app/skylight-cli" "$url" > "$scratch/cli"
printf '#!/bin/sh\nexec /usr/bin/python3 "%s" "%s" "$@"\n' "$PWD/bench/transfer_peer_boto3.py" "$url" > "$scratch/boto"
chmod +x "$scratch/cli" "$scratch/boto"
cli="$scratch/cli"
boto="$scratch/boto"

# Data: KEYS keys under list/ (boto3, 16 threads), one BIG_MIB file, SMALL files of 4 KiB.
if [ ! -e "$data/.bench-populated-$keys" ]; then
    "$boto" populate bench "$keys" > /dev/null
    touch "$data/.bench-populated-$keys"
fi
head -c $((big * 1024 * 1024)) /dev/urandom > "$scratch/big.bin"
mkdir -p "$scratch/small/a" "$scratch/small/b"
for i in $(seq "$small"); do head -c 4096 /dev/urandom > "$scratch/small/$((i % 2 == 0 ? 0 : 1))-$i"; done
mv "$scratch"/small/0-* "$scratch/small/a/" && mv "$scratch"/small/1-* "$scratch/small/b/"
sum=$(sha256sum < "$scratch/big.bin")
echo "keys=$keys big=${big}MiB small=$small runs=$runs load before: $(cut -d' ' -f1-3 /proc/loadavg)"

ticks=$(getconf CLK_TCK)
server_ticks() { awk '{print $14 + $15}' "/proc/$sandbox_pid/stat"; }
measure() { # TOOL CASE RUN COMMAND... → one line "tool case run wall cpu rssKiB serverCpu"
    local tool=$1 case=$2 run=$3 before; shift 3
    before=$(server_ticks)
    /usr/bin/time -f "%e %U %S %M" -o "$scratch/time" "$@" > "$scratch/out" 2> "$scratch/err" \
        || { echo "FAILED: $tool $case: $(tail -3 "$scratch/err")" >&2; return 0; }
    read -r wall user sys rss < <(tail -1 "$scratch/time")
    echo "$tool $case $run $wall $(echo "$user + $sys" | bc) $rss $(echo "scale=2; ($(server_ticks) - $before) / $ticks" | bc)" \
        >> "$scratch/results"
}

for run in $(seq "$runs"); do
    for tool in $tools; do
        down="$scratch/down-$tool-$run.bin"
        case $tool in
        skylight)
            measure "$tool" list "$run" "$cli" ls s3://bench/list/ --recursive
            measure "$tool" upload "$run" "$cli" cp "$scratch/big.bin" "s3://bench/big/$tool-$run"
            measure "$tool" download "$run" "$cli" cp "s3://bench/big/$tool-$run" "$down"
            measure "$tool" small "$run" "$cli" cp "$scratch/small" "s3://bench/small/$tool-$run/" --recursive ;;
        aws)
            measure "$tool" list "$run" /usr/bin/aws --endpoint-url "$url" s3 ls s3://bench/list/ --recursive
            measure "$tool" upload "$run" /usr/bin/aws --endpoint-url "$url" s3 cp --quiet "$scratch/big.bin" "s3://bench/big/$tool-$run"
            measure "$tool" download "$run" /usr/bin/aws --endpoint-url "$url" s3 cp --quiet "s3://bench/big/$tool-$run" "$down"
            measure "$tool" small "$run" /usr/bin/aws --endpoint-url "$url" s3 cp --quiet --recursive "$scratch/small" "s3://bench/small/$tool-$run/" ;;
        s3cmd)
            measure "$tool" list "$run" s3cmd -c "$scratch/s3cfg" ls -r s3://bench/list/
            measure "$tool" upload "$run" s3cmd -c "$scratch/s3cfg" -q put "$scratch/big.bin" "s3://bench/big/$tool-$run"
            measure "$tool" download "$run" s3cmd -c "$scratch/s3cfg" -q get "s3://bench/big/$tool-$run" "$down"
            measure "$tool" small "$run" s3cmd -c "$scratch/s3cfg" -q put -r "$scratch/small/" "s3://bench/small/$tool-$run/" ;;
        rclone)
            measure "$tool" list "$run" rclone lsf -R --files-only sb:bench/list
            measure "$tool" upload "$run" rclone copyto "$scratch/big.bin" "sb:bench/big/$tool-$run"
            measure "$tool" download "$run" rclone copyto "sb:bench/big/$tool-$run" "$down"
            measure "$tool" small "$run" rclone copy "$scratch/small" "sb:bench/small/$tool-$run" ;;
        boto3)
            measure "$tool" list "$run" "$boto" list bench list/
            measure "$tool" upload "$run" "$boto" upload "$scratch/big.bin" bench "big/$tool-$run"
            measure "$tool" download "$run" "$boto" download bench "big/$tool-$run" "$down"
            measure "$tool" small "$run" "$boto" upload-dir "$scratch/small" bench "small/$tool-$run/" ;;
        esac
        [ "$(sha256sum < "$down")" = "$sum" ] || echo "MISMATCH: $tool downloaded a different file" >&2
        rm -f "$down"
        "$boto" rm bench "big/$tool-$run" # keeps the sandbox's disk use to one big object
    done
done

/usr/bin/python3 - "$scratch/results" "$tools" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
tools = sys.argv[2].split()
cases = ['list', 'upload', 'download', 'small']
med = {}
for tool, case, run, wall, cpu, rss, server in rows:
    med.setdefault((tool, case), []).append((float(wall), float(cpu), int(rss), float(server)))
def m(tool, case, i):
    v = med.get((tool, case))
    return statistics.median(x[i] for x in v) if v else float('nan')
for i, what in ((0, 'wall s'), (1, 'client CPU s'), (2, 'peak RSS MiB'), (3, 'sandbox CPU s')):
    print(f"\n{what:14}" + ''.join(f"{t:>10}" for t in tools) + f"{'best peer':>11}{'ratio':>8}")
    for case in cases:
        vals = [m(t, case, i) / (1024 if i == 2 else 1) for t in tools]
        peers = [v for t, v in zip(tools, vals) if t != 'skylight']
        best = min(peers) if peers else float('nan')
        mine = vals[tools.index('skylight')] if 'skylight' in tools else float('nan')
        print(f"{case:14}" + ''.join(f"{v:10.2f}" for v in vals) + f"{best:11.2f}{mine / best if best else float('inf'):8.2f}")
print("\nratio = skylight / best peer (lower is better). Goals: list CPU <= 0.1; 1 GiB CPU <= 0.33 and "
      "wall <= 1; small files wall <= 0.5")
PY
