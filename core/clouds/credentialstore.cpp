// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/credentialstore.h"

#include <QtEndian>

#include "clouds/credentialjob.h"

namespace {

constexpr QByteArrayView kMagic("skylight-credentials-1\n");

void appendField(QByteArray &out, QByteArrayView field)
{
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out.append(length, 4);
    out.append(field);
}

bool takeField(QByteArrayView &in, QByteArray *field)
{
    if (in.size() < 4)
        return false;
    const quint32 length = qFromBigEndian<quint32>(in.data());
    in = in.sliced(4);
    if (qsizetype(length) > in.size())
        return false;
    *field = in.first(length).toByteArray();
    in = in.sliced(length);
    return true;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent, QString service)
    : QObject(parent)
    , m_service(std::move(service))
{}

CredentialStore::~CredentialStore() = default;

void CredentialStore::setMemoryOnly(const QString &reason)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    m_memoryOnlyReason = reason;
    Q_EMIT keychainUnavailable(reason);
}

CredentialJob *CredentialStore::read(const QString &id)
{
    return new CredentialJob(this, CredentialResult::Operation::Read, id, {});
}

CredentialJob *CredentialStore::write(const QString &id, const Credentials &credentials)
{
    return new CredentialJob(this, CredentialResult::Operation::Write, id, credentials);
}

CredentialJob *CredentialStore::remove(const QString &id)
{
    return new CredentialJob(this, CredentialResult::Operation::Remove, id, {});
}

QByteArray CredentialStore::encode(const Credentials &credentials)
{
    QByteArray out;
    out.reserve(kMagic.size() + 12 + credentials.accessKeyId().size() + credentials.secretKey().size()
        + credentials.sessionToken().size());
    out.append(kMagic);
    appendField(out, credentials.accessKeyId());
    appendField(out, credentials.secretKey());
    appendField(out, credentials.sessionToken());
    return out;
}

std::optional<Credentials> CredentialStore::decode(QByteArrayView blob)
{
    if (!blob.startsWith(kMagic))
        return std::nullopt;
    QByteArrayView in = blob.sliced(kMagic.size());
    QByteArray keyId;
    QByteArray secret;
    QByteArray token;
    if (!takeField(in, &keyId) || !takeField(in, &secret) || !takeField(in, &token) || !in.isEmpty())
        return std::nullopt;
    return Credentials(keyId, secret, token);
}
