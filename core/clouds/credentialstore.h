// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QHash>
#include <QObject>
#include <QString>

#include "auth/credentials.h"

class CredentialJob;

// Secrets in the OS keychain through QtKeychain (libsecret, macOS Keychain, Windows Credential
// Manager), one entry per credential id under the service name. Every job has a watchdog. When no
// keychain answers, the store says so once (keychainUnavailable) and from then on keeps secrets in
// memory for this session only; it never writes a secret anywhere else.
class CredentialStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultWatchdogMs = 5000;

    explicit CredentialStore(QObject *parent = nullptr, QString service = QStringLiteral("Skylight"));
    ~CredentialStore() override;

    const QString &service() const { return m_service; }
    void setWatchdogMs(int ms) { m_watchdogMs = ms; }
    int watchdogMs() const { return m_watchdogMs; }
    bool isMemoryOnly() const { return m_memoryOnly; }
    const QString &memoryOnlyReason() const { return m_memoryOnlyReason; }
    // Skips the keychain for the rest of the session (a user's choice, or a test's).
    void setMemoryOnly(const QString &reason);

    // Each returns a job: connect to CredentialJob::finished, then call start().
    CredentialJob *read(const QString &id);
    CredentialJob *write(const QString &id, const Credentials &credentials);
    CredentialJob *remove(const QString &id);

    // The bytes stored in the keychain for one set of credentials, and back. Public for tests.
    static QByteArray encode(const Credentials &credentials);
    static std::optional<Credentials> decode(QByteArrayView blob);

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

private:
    friend class CredentialJob;
    QHash<QString, Credentials> m_memory;
    QString m_service;
    int m_watchdogMs = kDefaultWatchdogMs;
    bool m_memoryOnly = false;
    QString m_memoryOnlyReason;
};
