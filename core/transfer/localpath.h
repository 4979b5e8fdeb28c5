// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where a downloaded key goes inside a chosen folder. Pure: looks at no file system.
struct LocalPath
{
    QString path;    // absolute, clean, inside the folder; empty when the key is skipped
    QString problem; // why it was skipped (a folder marker, nothing left of the name, a name too long)
    bool isOk() const { return !path.isEmpty(); }
};

// Maps `key` (minus `prefix`, when it starts with it) to a path under `folder` that can never leave
// it: empty segments ("a//b", "/abs") are dropped, "." and ".." and characters Windows or POSIX do
// not allow in a name (NUL and other controls, \ : * ? " < > |) are written as %XX, as are a
// trailing dot or space and reserved device names (CON, NUL, COM1, LPT1, "aux.txt"…). A key ending
// in "/" is a folder marker and is skipped, as is a segment longer than 255 bytes.
LocalPath localPathForKey(const QString &folder, const QString &prefix, const QString &key);
