// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "auth/credentials.h"
#include "transport/apierror.h"

class CredentialStore;
namespace QKeychain {
class Job;
}

// The outcome of one credential operation. On a read, `credentials` holds the keys. `storage`
// says where a write went: a memory-only write succeeds but says so in `notice`.
struct CredentialResult
{
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };
    enum class Storage
    {
        None,
        Keychain,
        Memory, // this session only
    };

    Operation operation = Operation::Read;
    QString id;
    Credentials credentials;
    Storage storage = Storage::None;
    ApiError error;
    QString notice; // one sentence for the user, e.g. "kept in memory for this session only"

    bool isOk() const { return error.isOk(); }
};

// One keychain operation with a watchdog (QtKeychain waits forever on a keyring that asks for a
// password). Made by CredentialStore; connect to finished(), then start(). Reports once and
// deletes itself.
class CredentialJob final : public QObject
{
    Q_OBJECT
public:
    ~CredentialJob() override;
    void start();
    const CredentialResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const CredentialResult &result);

private:
    friend class CredentialStore;
    CredentialJob(
        CredentialStore *store, CredentialResult::Operation operation, QString id, Credentials credentials);

    void startKeychain();
    void keychainFinished();
    void watchdogFired();
    void finishFromMemory(const QString &reason);
    void finish();

    QPointer<CredentialStore> m_store;
    CredentialResult m_result;
    QKeychain::Job *m_job = nullptr;
    QTimer m_watchdog;
    bool m_done = false;
};
