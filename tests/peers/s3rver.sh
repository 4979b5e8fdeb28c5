#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# s3rver 3.7.1 (npm, pinned in bench/peers/package.json), a second independent S3 server for the
# shared suites (tests/s3suites, NAME_s3rver) and the website test, on 127.0.0.1 with its data in DIR.
#
#   s3rver.sh start DIR   start s3rver on a free port below the ephemeral range (another port when it
#                         was taken before s3rver bound it), wait until it answers, write DIR/env:
#                           S3RVER_ENDPOINT=http://127.0.0.1:PORT  S3RVER_ACCESS_KEY=S3RVER
#                           S3RVER_SECRET_KEY=S3RVER (s3rver's fixed account)
#                           S3RVER_WEBSITE_HOST=s3-website-us-east-1.localhost  (Host: BUCKET.$…:PORT)
#                           S3RVER_DATA=DIR/data  (its files: BUCKET/KEY._S3rver_object …)
#   s3rver.sh stop DIR    stop exactly the s3rver started in DIR (idempotent)
#
# s3rver runs with --service-endpoint localhost, so BUCKET.s3.localhost is virtual-host addressing
# and BUCKET.s3-website-us-east-1.localhost its website endpoint, as with the sandbox. It needs
# NODE_OPTIONS=--openssl-legacy-provider on node 17+ (DES continuation tokens). DIR must be new,
# empty, or a folder this script made before (it holds .s3rver-peer); nothing outside DIR is written,
# apart from `npm ci` in bench/peers when s3rver is not installed yet.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action=$1
DIR=$(realpath -m -- "$2")
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PEERS="$HERE/../../bench/peers"
PROGRAM="$PEERS/node_modules/.bin/s3rver"
PIDFILE="$DIR/s3rver.pid"
DATA="$DIR/data"

log() { echo "s3rver.sh: $*" >&2; }
die() {
  log "$*"
  exit 1
}

# Prints the pid in DIR/s3rver.pid when that process is alive and serves our data folder.
our_pid() {
  local pid
  [ -f "$PIDFILE" ] || return 1
  pid=$(tr -dc 0-9 <"$PIDFILE")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- " -d $DATA " || return 1
  echo "$pid"
}

stop() {
  local pid i
  if pid=$(our_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do # 5 s, then SIGKILL
      our_pid >/dev/null || break
      sleep 0.1
    done
    if our_pid >/dev/null; then
      log "s3rver ($pid) ignored SIGTERM; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$PIDFILE"
}

# The last lines s3rver wrote, for an error message.
output_tail() {
  grep -v '^$' "$DIR/s3rver.out" 2>/dev/null | tail -n 8 | sed 's/^/  /' >&2 || true
}

# s3rver says it listens (only once its own listen() succeeded: another server on the port must not
# pass for it) and answers anonymous ListBuckets with 200.
answers() {
  local status
  grep -qF "S3rver listening on 127.0.0.1:$PORT" "$DIR/s3rver.out" || return 1
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/") || return 1
  [ "$status" = 200 ]
}

start() {
  if [ -e "$DIR" ] && [ ! -e "$DIR/.s3rver-peer" ] && [ -n "$(ls -A "$DIR")" ]; then
    die "$DIR is not empty and was not made by s3rver.sh; refusing to use it"
  fi
  if [ ! -x "$PROGRAM" ]; then
    command -v npm >/dev/null || die "s3rver is not installed and npm is missing: run scripts/setup.sh"
    log "installing s3rver into bench/peers"
    (cd "$PEERS" && npm ci --no-audit --no-fund --loglevel=error) >&2 || die "npm ci failed in $PEERS"
  fi
  command -v curl >/dev/null || die "curl is missing: apt-get install curl"
  stop # one left over from an earlier run in the same DIR
  if [ -e "$DIR/.s3rver-peer" ]; then
    rm -rf "$DATA" "$DIR"/{env,s3rver.out,s3rver.out.*} # only what this script creates
  fi
  mkdir -p "$DATA"
  touch "$DIR/.s3rver-peer"
  chmod 700 "$DIR"
  local t0=$SECONDS attempt i up
  for attempt in 1 2 3; do
    PORT=$(/usr/bin/python3 "$HERE/freeport.py")
    NODE_OPTIONS=--openssl-legacy-provider setsid "$PROGRAM" -d "$DATA" -a 127.0.0.1 -p "$PORT" \
      --service-endpoint localhost --silent </dev/null >"$DIR/s3rver.out" 2>&1 &
    echo $! >"$PIDFILE"
    up=0
    for ((i = 0; i < 300; i++)); do # 30 s
      if answers; then
        up=1
        break
      fi
      our_pid >/dev/null || break
      sleep 0.1
    done
    [ "$up" = 1 ] && break
    if our_pid >/dev/null; then
      output_tail
      die "s3rver did not answer on 127.0.0.1:$PORT within 30 s; output in $DIR/s3rver.out"
    fi
    log "s3rver exited before answering on port $PORT (attempt $attempt):"
    output_tail
    mv "$DIR/s3rver.out" "$DIR/s3rver.out.$attempt"
    [ "$attempt" -lt 3 ] || die "s3rver did not start; output in $DIR"
  done
  cat >"$DIR/env.tmp" <<EOF
S3RVER_ENDPOINT=http://127.0.0.1:$PORT
S3RVER_ACCESS_KEY=S3RVER
S3RVER_SECRET_KEY=S3RVER
S3RVER_WEBSITE_HOST=s3-website-us-east-1.localhost
S3RVER_DATA=$DATA
EOF
  mv "$DIR/env.tmp" "$DIR/env"
  log "s3rver ready at http://127.0.0.1:$PORT in $((SECONDS - t0)) s; env in $DIR/env"
}

case $action in
start)
  # A failed start leaves nothing running.
  trap 'status=$?; [ $status -eq 0 ] || stop' EXIT
  start
  ;;
stop)
  stop
  ;;
*) usage ;;
esac
