#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the README's screenshots with the app itself: skylight --sandbox under Xvfb, one run per
# picture, each with a throwaway HOME (so no settings or keychain of yours are used or changed)
# and the sandbox's demo data. Writes docs/screenshots/*.png.
#   scripts/screenshots.sh [BUILD_DIR]        (default: build; run scripts/build.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)
out=docs/screenshots
mkdir -p "$out"
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (run scripts/setup.sh)"; exit 1; }

shoot() { # NAME ARGS...
  local name=$1
  shift
  local scratch
  scratch=$(mktemp -d)
  mkdir -p "$scratch/home" "$scratch/run"
  chmod 700 "$scratch/run"
  # A private session bus and an unlocked keyring, as in scripts/test.sh.
  HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config" \
    dbus-run-session -- sh -c '
      eval "$(echo "" | gnome-keyring-daemon --unlock --components=secrets)"
      export GNOME_KEYRING_CONTROL
      xvfb-run -a -s "-screen 0 1280x800x24" "$@"' sh \
      "$build/app/skylight" --sandbox --screenshot "$PWD/$out/$name.png" "$@" >/dev/null 2>&1 || true
  rm -rf "$scratch"
  if [ -s "$out/$name.png" ]; then echo "screenshots: $out/$name.png"; else echo "screenshots: FAILED $name"; return 1; fi
}

shoot instances-light --theme light --page instances
shoot instances-dark --theme dark --page instances
shoot schedule-light --theme light --page schedule
shoot schedule-dark --theme dark --page schedule
shoot buckets-light --theme light --page buckets
shoot instances-de --theme light --lang de --page instances
shoot schedule-ja --theme light --lang ja --page schedule
