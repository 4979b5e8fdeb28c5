#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from BUILD_DIR (cpack), installs it with apt-get (dependencies resolved), checks
# that the installed programs run and the desktop files are valid, then removes it again.
#   packaging/test-deb.sh BUILD_DIR
# Needs root or sudo; exits 77 (skipped) without them.
set -euo pipefail
build=$(cd "${1:?usage: test-deb.sh BUILD_DIR}" && pwd)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if ! sudo -n true 2>/dev/null; then
    echo "test-deb: needs root or password-less sudo to install a package: skipped"
    exit 77
  fi
  sudo="sudo -n"
fi
apt=($sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq)

scratch=$(mktemp -d)
cleanup() {
  if dpkg-query -W -f='${Status}' skylight 2>/dev/null | grep -q "install ok installed"; then
    "${apt[@]}" remove skylight >/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

# A package left over from an interrupted run would make apt-get skip the install.
if dpkg-query -W -f='${Status}' skylight 2>/dev/null | grep -q "install ok installed"; then
  "${apt[@]}" remove skylight >/dev/null
fi

echo "== cpack"
cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log"; fail "cpack failed"; }
debs=("$scratch"/out/skylight_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no skylight_*.deb"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
# The run-time-loaded libraries dpkg-shlibdeps cannot see must be declared.
for dep in libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6keychain1; do
  dpkg-deb -f "$deb" Depends | grep -q "\b$dep\b" || fail "Depends lacks $dep"
done

echo "== apt-get install"
chmod 755 "$scratch" "$scratch/out"
chmod 644 "$deb"
"${apt[@]}" install "$deb" >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; fail "apt-get install failed"; }
for f in /usr/bin/skylight /usr/bin/skylight-cli /usr/bin/skylight-sandbox \
         /usr/share/applications/skylight.desktop \
         /usr/share/metainfo/io.github.skylight.Skylight.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.skylight.Skylight.svg \
         /usr/share/icons/hicolor/48x48/apps/io.github.skylight.Skylight.png \
         /usr/share/icons/hicolor/128x128/apps/io.github.skylight.Skylight.png \
         /usr/share/icons/hicolor/256x256/apps/io.github.skylight.Skylight.png \
         /usr/share/man/man1/skylight.1.gz /usr/share/man/man1/skylight-cli.1.gz \
         /usr/share/man/man1/skylight-sandbox.1.gz /usr/share/doc/skylight/copyright; do
  [ -f "$f" ] || fail "not installed: $f"
done
for b in skylight skylight-cli skylight-sandbox; do
  if ldd "/usr/bin/$b" | grep -q "not found"; then ldd "/usr/bin/$b"; fail "$b: missing libraries"; fi
done

echo "== installed programs"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
expect_version() {
  local out
  out=$("$@" 2>&1) || fail "$* exited $?"
  echo "$*: $out"
  [[ "$out" =~ ^$(basename "$1")\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "$*: unexpected version line"
}
cd "$scratch"
expect_version /usr/bin/skylight-cli --version
expect_version /usr/bin/skylight-sandbox --version
QT_QPA_PLATFORM=offscreen /usr/bin/skylight --version | grep -Eq '^Skylight [0-9]+\.[0-9]+\.[0-9]+$' \
  || fail "skylight --version"
/usr/bin/skylight-cli --help | grep -q "^Usage: skylight-cli" || fail "skylight-cli --help"
/usr/bin/skylight-sandbox --help | grep -q -- "--data <DIR>" || fail "skylight-sandbox --help"
QT_QPA_PLATFORM=offscreen /usr/bin/skylight --help | grep -q -- "--screenshot <FILE>" || fail "skylight --help"

# The sandbox answers on its ready line's address.
mkdir -p "$scratch/sandbox"
/usr/bin/skylight-sandbox --data "$scratch/sandbox" >"$scratch/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 50); do grep -q "ready s3=" "$scratch/sandbox.out" && break; sleep 0.1; done
grep -q "^skylight-sandbox ready s3=http://127.0.0.1:[0-9]" "$scratch/sandbox.out" \
  || { kill "$sandbox_pid"; cat "$scratch/sandbox.out"; fail "skylight-sandbox did not get ready"; }
kill -TERM "$sandbox_pid"
wait "$sandbox_pid" || fail "skylight-sandbox did not end cleanly on SIGTERM"

# The GUI: stays up for 3 s, and draws its window into a PNG.
status=0
QT_QPA_PLATFORM=offscreen timeout 3 /usr/bin/skylight >"$scratch/gui.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || [ "$status" -eq 0 ] || { cat "$scratch/gui.log"; fail "skylight exited $status within 3 s"; }
QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/skylight --screenshot "$scratch/window.png" >"$scratch/gui.log" 2>&1 \
  || { cat "$scratch/gui.log"; fail "skylight --screenshot failed"; }
[ "$(head -c 8 "$scratch/window.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
  || fail "skylight --screenshot wrote no PNG"
echo "skylight: ran 3 s, screenshot $(stat -c %s "$scratch/window.png") bytes"

echo "== installed metadata"
desktop-file-validate /usr/share/applications/skylight.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/io.github.skylight.Skylight.metainfo.xml \
  || fail "appstreamcli validate"
zcat /usr/share/man/man1/skylight-cli.1.gz | grep -q "^\.TH SKYLIGHT-CLI 1" || fail "man page"

echo "== apt-get remove"
"${apt[@]}" remove skylight >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; fail "apt-get remove failed"; }
for b in skylight skylight-cli skylight-sandbox; do
  [ ! -e "/usr/bin/$b" ] || fail "/usr/bin/$b is still there after removal"
done
[ ! -e /usr/share/applications/skylight.desktop ] || fail "desktop file still there after removal"
echo "test-deb: OK"
