// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3clientpool.h"

#include <QPointer>

#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/profilestore.h"
#include "s3/s3client.h"

S3ClientPool::S3ClientPool(
    const ProfileStore *profiles, CredentialStore *credentials, HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_transport(transport)
{}

void S3ClientPool::insert(const QString &profileName, S3Client *client)
{
    const CloudProfile *profile = m_profiles ? m_profiles->find(profileName) : nullptr;
    m_current.insert(profileName, {profile ? *profile : client->profile(), client});
}

void S3ClientPool::clientFor(
    const QString &profileName, QObject *context, std::function<void(S3Client *, const QString &)> done)
{
    const CloudProfile *profile = m_profiles ? m_profiles->find(profileName) : nullptr;
    auto it = m_current.constFind(profileName);
    if (it != m_current.constEnd() && (!profile || it->profile.toJson() == profile->toJson()))
        return done(it->client, {});
    if (!profile)
        return done(nullptr, tr("There is no cloud named %1.").arg(profileName));
    if (!profile->hasS3())
        return done(nullptr, tr("%1 has no S3 endpoint.").arg(profileName));
    const CloudProfile copy = *profile;
    auto make = [this, copy, profileName](const Credentials &keys) {
        auto *client = new S3Client(m_transport, copy, keys, this);
        m_all.append(client);
        m_current.insert(profileName, {copy, client});
        return client;
    };
    if (copy.credentialId.isEmpty())
        return done(make(Credentials()), {});
    CredentialJob *job = m_credentials->read(copy.credentialId);
    QPointer<QObject> guard(context);
    connect(job, &CredentialJob::finished, this, [guard, make, done, profileName](const CredentialResult &r) {
        if (!guard)
            return;
        if (!r.isOk())
            return done(nullptr, tr("%1: %2").arg(profileName, r.error.message()));
        done(make(r.credentials), {});
    });
    job->start();
}
