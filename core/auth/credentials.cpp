// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/credentials.h"

#include <openssl/crypto.h>

#include "auth/securebytes.h"

SecureBytes::SecureBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

SecureBytes::SecureBytes(qsizetype size)
    : m_bytes(size, '\0')
{}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

void SecureBytes::wipe()
{
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        m_bytes.detach(); // never wipe a buffer someone else shares; ours is the detached copy
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

Credentials::Credentials(QByteArray accessKeyId, QByteArray secretKey, QByteArray sessionToken)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secret(std::make_shared<const SecureBytes>(std::move(secretKey)))
    , m_sessionToken(std::move(sessionToken))
{}

QByteArrayView Credentials::secretKey() const
{
    return m_secret ? m_secret->view() : QByteArrayView();
}

bool Credentials::isValid() const
{
    return !m_accessKeyId.isEmpty() && m_secret && !m_secret->isEmpty();
}
