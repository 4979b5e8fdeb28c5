// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// S3 key names that break careless clients and servers (TESTING.md §6.3): spaces, '+', '%', control
// characters, NFC/NFD twins, "." and ".." segments, "a//b", trailing slashes, reserved Windows
// names, a 1,024-byte key. The sandbox's demo bucket tricky-keys holds them; the tests round-trip
// every one.
QStringList trickyS3Keys();
