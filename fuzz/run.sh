#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz/run.sh [SECONDS_PER_TARGET] [BUILD_DIR]: builds the fuzz preset's targets (only those) and runs
# every fuzz_<name> for the given time on a copy of fuzz/corpus/<name>, two at a time. Prints per
# target the runs executed, exec/s, coverage, peak RSS and the result; exits non-zero when any
# target crashed, leaked, timed out, ran out of memory or broke a property. FUZZ_TARGETS="a b"
# runs only those. Inputs that broke something are kept in a temporary folder (printed), never in
# the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
build=${2:-build-fuzz}
jobs=${FUZZ_JOBS:-2}

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset fuzz -B "$build" >/dev/null
fi
cmake --build "$build" --target skylight_fuzz -- -j"$jobs" >"${TMPDIR:-/tmp}/skylight-fuzz-build.log" 2>&1 || {
  tail -40 "${TMPDIR:-/tmp}/skylight-fuzz-build.log"
  echo "fuzz: the build failed" >&2
  exit 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/skylight-fuzz.XXXXXX")
targets=()
for source in fuzz/fuzz_*.cpp; do
  name=$(basename "$source" .cpp)
  name=${name#fuzz_}
  # FUZZ_TARGETS="a b": only these (a re-run of the targets whose code changed).
  if [ -n "${FUZZ_TARGETS:-}" ] && [[ " $FUZZ_TARGETS " != *" $name "* ]]; then
    continue
  fi
  targets+=("$name")
done
if [ ${#targets[@]} -eq 0 ]; then
  echo "fuzz: no target matches FUZZ_TARGETS=${FUZZ_TARGETS:-}" >&2
  exit 1
fi

# The longest input worth trying per target (XML answers and config files are small; the request
# reader gets room to pass its 64 KiB head limit).
max_len() {
  case "$1" in
    http_request) echo 70000 ;;
    local_path | sign_verify | icalendar) echo 4096 ;;
    ini | aws_config | boto | eucarc | s3cfg) echo 8192 ;;
    *) echo 16384 ;;
  esac
}

dict() {
  case "$1" in
    ec2_*) echo fuzz/dicts/ec2.dict ;;
    http_request | auth_verify) echo fuzz/dicts/http.dict ;;
    ini | aws_config | boto | eucarc | s3cfg) echo fuzz/dicts/config.dict ;;
    list_* | location | error_body | initiate_multipart | complete_multipart | delete_result | acl | website_*)
      echo fuzz/dicts/s3.dict ;;
  esac
}

run_one() {
  local name=$1 dir="$work/$1"
  mkdir -p "$dir/corpus"
  cp -r "fuzz/corpus/$name/." "$dir/corpus/" 2>/dev/null || true
  local args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$(max_len "$name")"
    -artifact_prefix="$dir/" -print_final_stats=1 -close_fd_mask=1)
  local d
  d=$(dict "$name")
  [ -n "$d" ] && args+=(-dict="$d")
  local status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$build/fuzz/fuzz_$name" "${args[@]}" "$dir/corpus" >"$dir/log" 2>&1 || status=$?
  local runs rate cov rss result
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$dir/log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$dir/log" | tail -1 | cut -d' ' -f2)
  if [ "$status" -eq 0 ]; then
    result=clean
  elif grep -q 'ERROR: LeakSanitizer' "$dir/log"; then
    result=LEAK
  elif grep -q 'ALARM: working on the last Unit\|libFuzzer: timeout' "$dir/log"; then
    result=TIMEOUT
  elif grep -q 'out-of-memory\|malloc limit' "$dir/log"; then
    result=OOM
  elif grep -q 'FUZZ_CHECK failed' "$dir/log"; then
    result=PROPERTY
  elif grep -q 'runtime error:' "$dir/log"; then
    result=UB
  else
    result=CRASH
  fi
  printf '%-22s %12s %9s %7s %8s  %s\n' "$name" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${rss:-?}MB" "$result" >"$dir/result"
  [ "$result" = clean ]
}
export -f run_one max_len dict
export work build seconds

echo "fuzz: ${#targets[@]} targets, ${seconds}s each, $jobs at a time (work folder $work)"
printf '%-22s %12s %9s %7s %8s  %s\n' target runs exec/s cov peak-rss result
failed=0
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"; s=$?; cat "$work/$1/result"; exit $s' _ {} || failed=1

if [ "$failed" -ne 0 ]; then
  echo "fuzz: FAILED. Logs and the inputs that broke something are in $work:"
  for name in "${targets[@]}"; do
    if ! grep -q ' clean$' "$work/$name/result" 2>/dev/null; then
      echo "--- $name ($work/$name/log)"
      grep -m1 -A3 'ERROR:\|FUZZ_CHECK failed\|runtime error:\|ALARM\|out-of-memory' "$work/$name/log" || tail -5 "$work/$name/log"
      ls "$work/$name" | grep -E '^(crash|leak|timeout|oom|slow-unit)-' | sed "s|^|  $work/$name/|" || true
    fi
  done
  echo "Reproduce one: $build/fuzz/fuzz_NAME FILE (see fuzz/README.md)"
  exit 1
fi
rm -rf "$work"
echo "fuzz: all ${#targets[@]} targets clean"
