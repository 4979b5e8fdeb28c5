#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the Windows (.ico) and macOS (.icns) app icons from skylight.svg. Their output is
# committed (windows/skylight.ico, macos/Skylight.icns) because the Windows and macOS builds have
# no SVG renderer; run this again after changing the SVG.
# Needs rsvg-convert (librsvg2-bin) and png2icns (icnsutils).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" -o "$tmp/$s.png" "$here/skylight.svg"
done
# ICO with PNG-compressed images (Windows Vista and later read them): a 6-byte header, a
# 16-byte directory entry per image, then the PNG files.
python3 - "$tmp" "$here/windows/skylight.ico" <<'PY'
import struct, sys
tmp, out = sys.argv[1], sys.argv[2]
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [open(f"{tmp}/{s}.png", "rb").read() for s in sizes]
offset = 6 + 16 * len(images)
head = struct.pack("<HHH", 0, 1, len(images))
entries = b""
for s, data in zip(sizes, images):
    dim = 0 if s >= 256 else s
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open(out, "wb").write(head + entries + b"".join(images))
PY
# png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512, 1024).
png2icns "$here/macos/Skylight.icns" "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
echo "wrote windows/skylight.ico and macos/Skylight.icns"
