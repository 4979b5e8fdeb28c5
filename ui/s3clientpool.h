// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QObject>

#include "clouds/cloudprofile.h"

class CredentialStore;
class HttpTransport;
class ProfileStore;
class S3Client;

// One S3Client per cloud for the browser and the transfer queue, made once the cloud's keys were
// read from the keychain. A client is kept for the pool's lifetime (transfers may still use it),
// and replaced by a new one when the profile changed.
class S3ClientPool final : public QObject
{
    Q_OBJECT
public:
    S3ClientPool(const ProfileStore *profiles,
        CredentialStore *credentials,
        HttpTransport *transport,
        QObject *parent = nullptr);

    // Calls done(client, "") on `context`'s thread, or done(nullptr, why) — at once when the client
    // exists, else after the keychain answered.
    void clientFor(
        const QString &profileName, QObject *context, std::function<void(S3Client *, const QString &)> done);
    // A client made elsewhere (tests): used for `profileName` until the profile changes.
    void insert(const QString &profileName, S3Client *client);

private:
    struct Entry
    {
        CloudProfile profile;
        S3Client *client = nullptr;
    };

    const ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    HttpTransport *m_transport;
    QHash<QString, Entry> m_current;
    QList<S3Client *> m_all;
};
