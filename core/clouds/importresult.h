// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"

// One profile an importer found, with its keys (invalid when the source holds none). The caller
// shows these as a preview, then stores the secrets under profile.credentialId and the profile.
struct ImportedProfile
{
    CloudProfile profile;
    Credentials credentials;
};

// What an importer returns: everything it found, or an error naming FILE:LINE and nothing at all.
struct ImportResult
{
    Q_DECLARE_TR_FUNCTIONS(ImportResult)
public:
    QList<ImportedProfile> profiles;
    QStringList warnings; // things skipped, each naming FILE:LINE
    QString error;

    bool isOk() const { return error.isEmpty(); }
    // line 0: the file as a whole.
    static QString where(const QString &file, int line)
    {
        return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    }
    static ImportResult failure(const QString &file, int line, const QString &message)
    {
        ImportResult result;
        result.error = tr("%1: %2").arg(where(file, line), message);
        return result;
    }
};
