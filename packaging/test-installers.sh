#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What Linux can check of the Windows and macOS packaging, and the man pages:
#   packaging/test-installers.sh BUILD_DIR
# - the NSIS installer is built with makensis from the install tree (its script compiles, with
#   the shortcuts, the uninstaller and the icon);
# - the configured Info.plist parses and agrees with the project's version and the AppStream id;
# - the Windows resource script has no unconfigured @VARIABLES@ and names an icon that is an ICO;
# - the .icns is an icns file holding the large sizes;
# - the man pages format without warnings, and name every option the programs' --help prints.
set -euo pipefail
build=$(cd "${1:?usage: test-installers.sh BUILD_DIR}" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "test-installers: FAIL: $*" >&2; exit 1; }

# The version as the top-level CMakeLists.txt declares it, read here rather than from our output.
version=$(sed -n 's/^project(Skylight VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
[ -n "$version" ] || fail "no version in CMakeLists.txt"
app_id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$src/packaging/io.github.skylight.Skylight.metainfo.xml" | head -1)

echo "== Info.plist"
python3 - "$build/packaging/Info.plist" "$version" "$app_id" "$src/packaging/macos" <<'PY'
import os, plistlib, sys
path, version, app_id, macos = sys.argv[1:]
raw = open(path, "rb").read()
assert b"@" not in raw.replace(b"@example", b""), "unconfigured @VARIABLE@ in Info.plist"
p = plistlib.loads(raw)
checks = {
    "CFBundleExecutable": "Skylight",
    "CFBundleIdentifier": app_id,
    "CFBundleShortVersionString": version,
    "CFBundleVersion": version,
    "CFBundlePackageType": "APPL",
}
for key, want in checks.items():
    assert p.get(key) == want, f"{key} = {p.get(key)!r}, want {want!r}"
assert p.get("NSHighResolutionCapable") is True, "NSHighResolutionCapable is not true"
icon = p["CFBundleIconFile"]
assert os.path.isfile(os.path.join(macos, icon)), f"icon {icon} not in packaging/macos"
print("Info.plist:", {k: p[k] for k in checks})
PY

echo "== icons and resource script"
rc="$build/packaging/skylight.rc"
! grep -n '@[A-Z_]*@' "$rc" || fail "unconfigured variable in skylight.rc"
ico=$(sed -n 's/^IDI_ICON1 ICON "\(.*\)"/\1/p' "$rc")
[ -f "$ico" ] || fail "skylight.rc names a missing icon: $ico"
python3 - "$ico" "$src/packaging/macos/Skylight.icns" <<'PY'
import struct, sys
ico, icns = sys.argv[1:]
data = open(ico, "rb").read()
reserved, kind, count = struct.unpack_from("<HHH", data)
assert (reserved, kind) == (0, 1) and count >= 4, "not an ICO with several images"
sizes = []
for i in range(count):
    w, h, _, _, _, _, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
    assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n", f"image {i} is not a PNG"
    assert offset + size <= len(data), f"image {i} runs past the end"
    sizes.append(w or 256)
assert 16 in sizes and 32 in sizes and 256 in sizes, f"ICO sizes {sizes}"
data = open(icns, "rb").read()
assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data), "not an icns file"
types, pos = [], 8
while pos < len(data):
    t, n = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
    types.append(t.decode()); pos += n
assert "ic09" in types and "ic10" in types, f"icns lacks 512/1024 px: {types}"
print("ico sizes", sizes, "icns types", types)
PY

echo "== man pages"
for page in skylight skylight-cli skylight-sandbox; do
  warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z "$src/packaging/$page.1" 2>&1)
  [ -z "$warnings" ] || fail "$page.1: $warnings"
done
export QT_QPA_PLATFORM=offscreen
for prog in skylight skylight-sandbox; do
  help=$("$build/app/$prog" --help 2>/dev/null) || fail "$prog --help failed"
  man=$(MANWIDTH=200 man -l "$src/packaging/$prog.1" 2>/dev/null)
  for opt in $(grep -oE -- '--[a-z][a-z0-9-]+' <<<"$help" | sort -u); do
    [ "$opt" = "--help-all" ] && continue
    grep -qF -- "$opt" <<<"$man" || fail "$prog --help has $opt, its man page does not"
  done
  echo "$prog: every --help option is in $prog.1"
done

echo "== NSIS installer"
command -v makensis >/dev/null || fail "makensis not installed (Debian package nsis)"
cpack -G NSIS --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { tail -40 "$scratch/cpack.log"; fail "cpack -G NSIS failed"; }
exe=$(ls "$scratch"/out/skylight-*.exe 2>/dev/null | head -1)
[ -n "$exe" ] || { tail -20 "$scratch/cpack.log"; fail "no installer made"; }
[ "$(head -c 2 "$exe")" = "MZ" ] || fail "$exe is not a Windows executable"
nsi=$(find "$scratch/out/_CPack_Packages" -name project.nsi | head -1)
for want in 'WriteUninstaller' 'Skylight.lnk' 'skylight.exe' 'skylight.ico' "Skylight $version"; do
  grep -qF "$want" "$nsi" || fail "project.nsi lacks $want"
done
echo "installer: $(basename "$exe") ($(stat -c %s "$exe") bytes)"
echo "test-installers: OK"
