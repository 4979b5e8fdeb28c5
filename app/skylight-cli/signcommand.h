// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// skylight-cli sign: signs a raw HTTP request and prints exactly the part asked for.
int runSignCommand(const QStringList &arguments);
