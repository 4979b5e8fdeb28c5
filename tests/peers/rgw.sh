#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway one-node Ceph cluster (1 mon, 1 mgr, 1 OSD on memstore) with radosgw, everything on
# 127.0.0.1 and inside one scratch folder; the recipe is ../shared/REAL-S3-PEER.md.
#
#   rgw.sh start DIR   install Ceph when missing, build the cluster in DIR, create an S3 user, start
#                      radosgw on a free port, wait until it answers, write DIR/env:
#                        RGW_ENDPOINT=http://127.0.0.1:PORT  RGW_ACCESS_KEY=…  RGW_SECRET_KEY=…
#                        RGW_WEBSITE_HOST=s3-website.localhost  (send "Host: BUCKET.$RGW_WEBSITE_HOST:PORT")
#                        RGW_LOG=DIR/log/client.rgw.peer.log   (radosgw's log: one "beast:" line per request)
#   rgw.sh stop DIR    stop exactly the daemons started in DIR (idempotent)
#
# DIR must be new, empty, or a folder this script made before (it holds .rgw-peer). Nothing outside
# DIR is written, apart from the packages. RGW_PEER_NO_MGR=1 skips the mgr (saves ~250 MiB; S3 still
# works); RGW_PEER_MEMSTORE_MB caps the OSD's in-memory store (default 2048).
set -euo pipefail

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action=$1
DIR=$(realpath -m -- "$2")
CONF="$DIR/ceph.conf"
DAEMONS_STOP_ORDER=(rgw osd mgr mon)
PACKAGES=(ceph-mon ceph-mgr ceph-osd radosgw ceph-common curl)

log() { echo "rgw.sh: $*" >&2; }
die() {
  log "$*"
  exit 1
}

# ---------------------------------------------------------------------------------------- stop

# Prints the pid in DIR/run/NAME.pid when that process is alive and was started with our ceph.conf.
our_pid() {
  local file="$DIR/run/$1.pid" pid
  [ -f "$file" ] || return 1
  pid=$(tr -dc 0-9 <"$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$CONF" || return 1
  echo "$pid"
}

stop_daemon() {
  local name=$1 pid i
  if pid=$(our_pid "$name"); then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do # 10 s, then SIGKILL
      our_pid "$name" >/dev/null || break
      sleep 0.1
    done
    if our_pid "$name" >/dev/null; then
      log "$name ($pid) ignored SIGTERM; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$DIR/run/$name.pid"
}

stop_all() {
  [ -d "$DIR/run" ] || return 0
  local name
  for name in "${DAEMONS_STOP_ORDER[@]}"; do
    stop_daemon "$name"
  done
}

# --------------------------------------------------------------------------------------- start

install_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  local t0=$SECONDS
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local apt=(apt-get -o DPkg::Lock::Timeout=600 -y -qq)
  $sudo "${apt[@]}" update
  # The Recommends (ceph-mds, ceph-fuse, …) are not needed for a one-node S3 peer.
  if ! $sudo "${apt[@]}" install --no-install-recommends --no-upgrade "${missing[@]}"; then
    log "--no-install-recommends failed; installing with recommends"
    $sudo "${apt[@]}" install --no-upgrade "${missing[@]}"
  fi
  log "packages installed in $((SECONDS - t0)) s"
}

# A free port below the kernel's ephemeral range (freeport.py says why; s3rver.sh uses it too).
free_port() { /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/freeport.py"; }

# Starts one daemon in its own session, stdio into DIR/log, and records its pid.
spawn() {
  local name=$1
  shift
  setsid "$@" </dev/null >"$DIR/log/$name.out" 2>&1 &
  echo $! >"$DIR/run/$name.pid"
}

# Runs until the command succeeds or the time (in tenths of a second) runs out; fails early, and
# says why, when the daemon NAME it waits for has exited.
wait_for() {
  local what=$1 name=$2 tenths=$3 i
  shift 3
  for ((i = 0; i < tenths; i++)); do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    our_pid "$name" >/dev/null || return 1
    sleep 0.1
  done
  die "timed out waiting for $what; logs in $DIR/log"
}

# The last lines a daemon wrote, for an error message: its stdio, then the errors (level -1) of
# its own log (ceph-mon writes why it stopped there, not always to stderr). NAME [CEPH_NAME]
daemon_tail() {
  grep -v '^$' "$DIR/log/$1.out" 2>/dev/null | tail -n 5 | sed 's/^/  /' >&2 || true
  [ -n "${2:-}" ] || return 0
  grep -E '^[0-9T:.+-]+ [0-9a-f]+ -1 ' "$DIR/log/$2.log" 2>/dev/null | tail -n 3 | sed 's/^/  /' >&2 || true
}

ceph_cli() { timeout 30 ceph -c "$CONF" --connect-timeout 10 "$@"; }

mon_up() { ceph_cli mon stat; }
osd_up() { ceph_cli osd dump | grep -q '^osd\.0 up'; }
# Anonymous ListBuckets answers 200 once radosgw serves requests.
rgw_answers() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$RGW_PORT/") || return 1
  [ "$status" = 200 ]
}

random_alnum() {
  local s
  s=$(head -c 1000 /dev/urandom | tr -dc 'A-Za-z0-9')
  echo "${s:0:$1}"
}

write_conf() {
  local memstore_bytes=$((${RGW_PEER_MEMSTORE_MB:-2048} * 1024 * 1024))
  local kms1 kms2
  kms1=$(head -c 32 /dev/urandom | base64)
  kms2=$(head -c 32 /dev/urandom | base64)
  cat >"$CONF" <<EOF
# throwaway cluster, everything on 127.0.0.1 (made by tests/peers/rgw.sh)
[global]
fsid = $FSID
mon host = v2:127.0.0.1:$MON_PORT
public addr = 127.0.0.1
cluster addr = 127.0.0.1
ms bind ipv4 = true
ms bind ipv6 = false
ms bind msgr1 = false
auth cluster required = cephx
auth service required = cephx
auth client required = cephx
auth allow insecure global id reclaim = false
keyring = $DIR/keyring
run dir = $DIR/run
admin socket = $DIR/run/\$name.asok
pid file = $DIR/run/\$name.ceph.pid
log file = $DIR/log/\$name.log
log to syslog = false
err to syslog = false
crash dir = $DIR/crash
mon cluster log file = $DIR/log/\$cluster.\$channel.log
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon allow pool delete = true
mon warn on pool no redundancy = false
mon max pg per osd = 1000
# The mon shuts itself down when its filesystem's free space falls to 'crit' percent (default 5,
# and 1 % of a 250 GB disk is 2.5 GB). Its data here is a few MiB and the OSD lives in RAM, so a
# nearly full build disk is no reason to stop: CI failed that way once (10 s, "reached concerning
# levels of available storage space"). 0 = only a completely full disk stops it.
mon data avail warn = 0
mon data avail crit = 0

[mon]
mon data = $DIR/mon.\$id
mon initial members = a
# commit map changes every 0.1 s instead of every 1 s: setting up osd.0 and rgw's 7 pools takes
# ~15 map commits (pool create + application enable each); with 1 s the start took 13 s, not 3 s
paxos propose interval = 0.1

[mgr]
mgr data = $DIR/mgr.\$id
mgr initial modules = iostat

[osd]
osd data = $DIR/osd.\$id
osd objectstore = memstore
memstore device bytes = $memstore_bytes

[client.rgw.peer]
rgw data = $DIR/rgw.\$id
rgw frontends = beast endpoint=127.0.0.1:$RGW_PORT
rgw dns name = localhost
rgw dns s3website name = s3-website.localhost
rgw enable static website = true
rgw thread pool size = 64
# deleted object data lives in RAM (memstore) until garbage collection: collect after 60 s, not 2 h
rgw gc obj min wait = 60
rgw gc processor period = 60
# SSE-C over plain http (default: refused unless TLS)
rgw crypt require ssl = false
# SSE-KMS with per-cluster random, test-only keys: x-amz-server-side-encryption-aws-kms-key-id: testkey-1
rgw crypt s3 kms backend = testing
rgw crypt s3 kms encryption keys = testkey-1=$kms1 testkey-2=$kms2
EOF
}

write_keyring() {
  local k="$DIR/keyring"
  ceph-authtool --create-keyring "$k" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-authtool "$k" --gen-key -n client.admin \
    --cap mon 'allow *' --cap osd 'allow *' --cap mgr 'allow *' --cap mds 'allow *' >/dev/null
  ceph-authtool "$k" --gen-key -n mgr.x \
    --cap mon 'allow profile mgr' --cap osd 'allow *' --cap mds 'allow *' >/dev/null
  ceph-authtool "$k" --gen-key -n osd.0 \
    --cap mon 'allow profile osd' --cap mgr 'allow profile osd' --cap osd 'allow *' >/dev/null
  ceph-authtool "$k" --gen-key -n client.rgw.peer \
    --cap mon 'allow rw' --cap osd 'allow rwx' --cap mgr 'allow rw' >/dev/null
  chmod 600 "$k"
}

start() {
  if [ -e "$DIR" ] && [ ! -e "$DIR/.rgw-peer" ] && [ -n "$(ls -A "$DIR")" ]; then
    die "$DIR is not empty and was not made by rgw.sh; refusing to use it"
  fi
  install_packages
  local t0
  t0=$(date +%s.%N)
  stop_all # a cluster left over from an earlier run in the same DIR
  if [ -e "$DIR/.rgw-peer" ]; then
    # Only what this script creates.
    rm -rf "$DIR"/{mon.a,mgr.x,osd.0,rgw.rgw.peer,run,log,crash} "$DIR"/{ceph.conf,keyring,monmap,env}
  fi
  mkdir -p "$DIR"/{run,log,crash,mon.a,mgr.x,osd.0}
  touch "$DIR/.rgw-peer"
  chmod 700 "$DIR"
  export CEPH_CONF="$CONF"

  FSID=$(cat /proc/sys/kernel/random/uuid)
  MON_PORT=$(free_port)
  RGW_PORT=$(free_port)
  while [ "$RGW_PORT" = "$MON_PORT" ]; do RGW_PORT=$(free_port); done
  local osd_uuid access_key secret_key
  osd_uuid=$(cat /proc/sys/kernel/random/uuid)
  access_key=$(random_alnum 20 | tr '[:lower:]' '[:upper:]')
  secret_key=$(random_alnum 40)

  write_conf
  write_keyring

  # mon
  monmaptool --create --fsid "$FSID" --addv a "[v2:127.0.0.1:$MON_PORT]" "$DIR/monmap" >/dev/null
  ceph-mon -c "$CONF" --mkfs -i a --monmap "$DIR/monmap" --keyring "$DIR/keyring" \
    >"$DIR/log/mon-mkfs.out" 2>&1 || die "ceph-mon --mkfs failed: $(tail -3 "$DIR/log/mon-mkfs.out")"
  spawn mon ceph-mon -f -c "$CONF" -i a
  wait_for "the mon" mon 300 mon_up || {
    daemon_tail mon mon.a
    die "ceph-mon exited (its disk: $(df -h --output=avail "$DIR" | tail -n 1 | xargs) available," \
      "$(df --output=pcent "$DIR" | tail -n 1 | xargs) used); logs in $DIR/log"
  }

  # mgr, in parallel with the rest
  if [ "${RGW_PEER_NO_MGR:-0}" != 1 ]; then
    spawn mgr ceph-mgr -f -c "$CONF" -i x
  fi

  # osd.0 and rgw's pools, through one ceph CLI process (each start costs ~0.4 s of Python)
  {
    echo "osd new $osd_uuid 0"
    local pool
    for pool in .rgw.root default.rgw.log default.rgw.control default.rgw.meta \
      default.rgw.buckets.index default.rgw.buckets.data default.rgw.buckets.non-ec; do
      echo "osd pool create $pool 8"
      echo "osd pool application enable $pool rgw"
    done
  } | ceph_cli >"$DIR/log/setup-commands.out" 2>&1 ||
    die "ceph setup commands failed: $(tail -3 "$DIR/log/setup-commands.out")"

  ceph-osd -c "$CONF" -i 0 --mkfs --osd-uuid "$osd_uuid" >"$DIR/log/osd-mkfs.out" 2>&1 ||
    die "ceph-osd --mkfs failed: $(tail -3 "$DIR/log/osd-mkfs.out")"
  spawn osd ceph-osd -f -c "$CONF" -i 0
  wait_for "osd.0 up" osd 300 osd_up || {
    daemon_tail osd osd.0
    die "ceph-osd exited; logs in $DIR/log"
  }

  # the S3 user, then radosgw
  timeout 60 radosgw-admin -c "$CONF" user create --uid=peer --display-name="Skylight test peer" \
    --access-key="$access_key" --secret-key="$secret_key" >"$DIR/log/user-create.out" 2>&1 ||
    die "radosgw-admin user create failed: $(tail -3 "$DIR/log/user-create.out")"
  # radosgw on its port; a port someone took in the meantime makes it exit: try another one
  local attempt
  for attempt in 1 2 3; do
    spawn rgw radosgw -f -c "$CONF" -n client.rgw.peer
    wait_for "radosgw on 127.0.0.1:$RGW_PORT" rgw 600 rgw_answers && break
    log "radosgw exited before answering on port $RGW_PORT (attempt $attempt):"
    daemon_tail rgw client.rgw.peer
    mv "$DIR/log/rgw.out" "$DIR/log/rgw.out.$attempt"
    [ "$attempt" -lt 3 ] || die "radosgw did not start; logs in $DIR/log"
    RGW_PORT=$(free_port)
    sed -i "s|^rgw frontends = .*|rgw frontends = beast endpoint=127.0.0.1:$RGW_PORT|" "$CONF"
  done

  cat >"$DIR/env.tmp" <<EOF
RGW_ENDPOINT=http://127.0.0.1:$RGW_PORT
RGW_ACCESS_KEY=$access_key
RGW_SECRET_KEY=$secret_key
RGW_WEBSITE_HOST=s3-website.localhost
RGW_LOG=$DIR/log/client.rgw.peer.log
EOF
  mv "$DIR/env.tmp" "$DIR/env"
  local t1 rss=0 name pid kb
  t1=$(date +%s.%N)
  for name in mon mgr osd rgw; do
    if pid=$(our_pid "$name"); then
      kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
      rss=$((rss + kb))
    fi
  done
  log "radosgw ready at http://127.0.0.1:$RGW_PORT in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s," \
    "RSS $((rss / 1024)) MiB; env in $DIR/env"
}

case $action in
start)
  trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
  # A failed start leaves nothing running.
  trap 'status=$?; [ $status -eq 0 ] || stop_all' EXIT
  start
  ;;
stop)
  stop_all
  ;;
*) usage ;;
esac
