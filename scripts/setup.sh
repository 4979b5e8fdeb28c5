#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Skylight needs to build, run and test on Debian 12 / Ubuntu, and nothing when it is
# all there already. Run as root or with sudo available.
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build ccache pkg-config dpkg-dev file
  # the fuzz targets (fuzz/run.sh): clang and libFuzzer
  clang-14 libclang-rt-14-dev libfuzzer-14-dev llvm-14
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev qtkeychain-qt6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-l10n-tools libssl-dev zlib1g-dev libbenchmark-dev clang-format
  # Qt's own German and Japanese catalogues (qtbase_de.qm …), loaded at run time when present
  qt6-translations-l10n
  # a CJK font, so that the Japanese UI renders (not as boxes) on a bare machine and under offscreen
  fonts-noto-cjk
  # run and test: a display, a session bus and a secret service
  xvfb xauth dbus-x11 gnome-keyring libsecret-tools time imagemagick
  # the SVG icon engine: the app and tray icons at every scale (ui/trayicon.cpp)
  libqt6svg6
  # the .deb test (packaging/test-deb.sh): icons, the desktop-file and AppStream validators
  librsvg2-bin desktop-file-utils appstream
  # the Windows installer and man-page checks (packaging/test-installers.sh)
  nsis groff-base man-db
  # the soak's leak check (tests/soak/run-soak.sh)
  heaptrack
  # the reference signer for the differential tests
  python3 python3-botocore python3-boto3 openssl
  # an independent iCalendar parser for the .ics export (tests/ec2/tst_ec2schedule)
  python3-icalendar
  awscli
  # reference S3 clients that the sandbox is proven against (tests/sandbox/tst_sandboxtools)
  s3cmd rclone
  # the client clock 20 minutes off for the fault matrix (tests/faults/tst_faultmatrix_process)
  faketime
  # a real browser for the published-website proof (tests/website/tst_websitepublish), and node for
  # s3rver, the second website server (bench/peers)
  chromium nodejs
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# npm comes with NodeSource's nodejs; Debian's nodejs needs its own npm package.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
else
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# s3rver (pinned in bench/peers/package-lock.json): the benchmarks' peer and the second website server
# of tests/website/tst_websites3rver.
peers="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bench/peers"
if [ ! -x "$peers/node_modules/.bin/s3rver" ]; then
  echo "setup: installing s3rver into bench/peers"
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
fi
