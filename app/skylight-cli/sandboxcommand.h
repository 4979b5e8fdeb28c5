// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `skylight-cli sandbox ARGS…`: runs skylight-sandbox (installed beside skylight-cli) with the same
// arguments. On POSIX the CLI process becomes the sandbox (exec), so SIGTERM, the ready line and the
// exit status are the sandbox's own.
int runSandboxCommand(const QStringList &args);
