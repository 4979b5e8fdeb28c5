#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's second command, and what CI runs: install what is missing, build, and run every
# test (ctest) with a throwaway HOME, a private session bus and an unlocked gnome-keyring, so no
# test touches the user's own settings or secrets.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

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
