#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Skylight needs to build, run and test on Debian 12 / Ubuntu, and nothing when it is
# all there already. Run as root or with sudo available.
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build ccache pkg-config dpkg-dev file
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev qtkeychain-qt6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-l10n-tools libssl-dev zlib1g-dev libbenchmark-dev clang-format
  # run and test: a display, a session bus and a secret service
  xvfb xauth dbus-x11 gnome-keyring libsecret-tools time imagemagick
  # the reference signer for the differential tests
  python3 python3-botocore python3-boto3 openssl
  awscli
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
