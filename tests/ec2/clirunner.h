// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

class SandboxProcess;

// Runs `skylight-cli ARGS… --endpoint-url SANDBOX --provider sandbox` ($SKYLIGHT_CLI) with the
// sandbox's keys in the environment and HOME set to `home`.
struct CliRun
{
    int status = -1; // -1: crashed or did not finish within 60 s
    QByteArray out;
    QByteArray err;
};
CliRun runCli(const SandboxProcess &sandbox, const QString &home, const QStringList &arguments);
// The same without the endpoint: the stored profiles under `home` (XDG_CONFIG_HOME too) decide.
CliRun runCliAlone(const QString &home, const QStringList &arguments);
// The same with --json appended, parsed; warns with stderr when the exit status is not 0.
QJsonArray runCliJson(const SandboxProcess &sandbox, const QString &home, const QStringList &arguments);
