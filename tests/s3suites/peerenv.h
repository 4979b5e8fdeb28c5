// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

// The KEY=VALUE lines a peer script writes (tests/peers/rgw.sh, s3rver.sh: DIR/env), read from the
// file named by the environment variable `variable`; false when it is unset or unreadable.
inline bool readPeerEnv(const char *variable, QHash<QByteArray, QByteArray> *values, QString *path = nullptr)
{
    const QString file = qEnvironmentVariable(variable);
    if (path)
        *path = file;
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values->insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return true;
}
