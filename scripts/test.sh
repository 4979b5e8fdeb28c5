#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's second command, and what CI runs: install what is missing, build, and run every
# test (ctest) with a throwaway HOME, a private session bus and an unlocked gnome-keyring, so no
# test touches the user's own settings or secrets.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
# A nearly full disk once stopped the radosgw peer's Ceph mon (tests/peers/rgw.sh): say how much is left.
echo "test.sh: free space: $(df -h --output=avail . | tail -n 1 | xargs) here," \
  "$(df -h --output=avail "${TMPDIR:-/tmp}" | tail -n 1 | xargs) in ${TMPDIR:-/tmp}"

# The fuzz pass below builds with ccache after HOME moves: it keeps the real cache.
ccache_dir=$(ccache -k cache_dir 2>/dev/null || true)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# gnome-keyring wants one newline on stdin to create and unlock its login keyring.
dbus-run-session -- sh -c '
  eval "$(echo "" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  ctest --test-dir build --output-on-failure -j2 "$@"' ctest "$@"

# The short fuzz pass (fuzz/README.md): every parser under libFuzzer with ASan and UBSan, 6 s each, two
# at a time; fails on any crash, leak, hang, OOM or broken property. Skipped when ctest arguments
# pick a subset of the tests.
if [ $# -eq 0 ]; then
  env ${ccache_dir:+CCACHE_DIR="$ccache_dir"} bash fuzz/run.sh 6
fi
