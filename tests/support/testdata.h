// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace TestData {
// The source tree (SKYLIGHT_SOURCE_DIR, set by ctest).
QString sourceDir();
// A file under tests/data, read whole; fails the current test when it is missing.
QByteArray read(const QString &relativePath);
QString path(const QString &relativePath);
} // namespace TestData
