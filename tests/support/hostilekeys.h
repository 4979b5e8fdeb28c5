// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The key names of TESTING.md §6.3 that every S3 path must carry byte for byte.
QStringList hostileKeys();
