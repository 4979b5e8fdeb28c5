// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// How S3 keys are shown: a key may hold anything, and the browser must neither hide nor be fooled by
// it. Pure functions, tested with the hostile keys.
namespace KeyDisplay {

// One name (a folder segment or an object's name) for a list or a breadcrumb: C0 and C1 controls
// and DEL as "\x1b", bidirectional overrides and isolates, zero-width characters, noncharacters and
// lone surrogates as "<U+202E>", leading and trailing spaces as ␣, and an empty name
// (the segment between the slashes of "a//b", or an object whose key ends in its folder's "/") as
// emptyName().
QString name(QStringView name);
// A whole key, unambiguous and on one line (tool tips, properties, confirmations): backslash as
// "\\", controls as "\xNN", the invisible or reordering characters above as "\u{XXXX}".
QString escaped(QStringView key);
// True when name() shows the name differently from its characters.
bool isAltered(QStringView name);
QString emptyName();

} // namespace KeyDisplay
