// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "clouds/cloudprofile.h"

// The list of profiles in one JSON file (never a secret), written atomically with mode 0600 in a
// 0700 folder.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    // The file both programs share: <config>/Skylight/profiles.json. (AppConfigLocation differs
    // between skylight and skylight-cli, whose application names differ.)
    static QString defaultPath();

    explicit ProfileStore(QString path = defaultPath());

    const QString &path() const { return m_path; }
    // Reads the file; a missing file is an empty list. False and errorString() on a broken file.
    bool load();
    // Writes the whole list atomically. False and errorString() when it could not.
    bool save();
    const QString &errorString() const { return m_error; }

    const QList<CloudProfile> &profiles() const { return m_profiles; }
    const CloudProfile *find(const QString &name) const;
    // Replaces the profile of the same name, or appends. Returns true when it replaced one.
    bool upsert(const CloudProfile &profile);
    bool remove(const QString &name);

private:
    QString m_path;
    QString m_error;
    QList<CloudProfile> m_profiles;
};
