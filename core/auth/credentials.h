// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>

class SecureBytes;

// An access key, its secret and an optional session token. The secret sits in one SecureBytes shared
// by the copies of a Credentials value and is wiped when the last copy goes. Credentials are built
// from CredentialStore just before signing; a profile only holds a reference to them.
class Credentials
{
public:
    Credentials() = default;
    Credentials(QByteArray accessKeyId, QByteArray secretKey, QByteArray sessionToken = {});

    const QByteArray &accessKeyId() const { return m_accessKeyId; }
    QByteArrayView secretKey() const;
    const QByteArray &sessionToken() const { return m_sessionToken; }
    bool isValid() const;

private:
    QByteArray m_accessKeyId;
    std::shared_ptr<const SecureBytes> m_secret;
    QByteArray m_sessionToken;
};
