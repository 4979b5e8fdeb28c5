// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/credentialjob.h"

#include <openssl/crypto.h>
#include <qt6keychain/keychain.h>

#include "clouds/credentialstore.h"

using namespace Qt::StringLiterals;

namespace {

// Wipes our own copy of bytes that held a secret (a shared buffer is detached first, so only the
// copy we own is touched).
void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    bytes.detach();
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

ApiError keychainError(ApiError::Kind kind, const char *code, const QString &message)
{
    ApiError error(kind, message);
    error.setServiceCode(QString::fromLatin1(code));
    return error;
}

} // namespace

CredentialJob::CredentialJob(
    CredentialStore *store, CredentialResult::Operation operation, QString id, Credentials credentials)
    : QObject(store)
    , m_store(store)
{
    m_result.operation = operation;
    m_result.id = std::move(id);
    m_result.credentials = std::move(credentials);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &CredentialJob::watchdogFired);
}

CredentialJob::~CredentialJob() = default;

void CredentialJob::start()
{
    if (!m_store) {
        m_result.error
            = keychainError(ApiError::Kind::Aborted, "Keychain.Gone", tr("The credential store is gone."));
        finish();
        return;
    }
    if (m_store->isMemoryOnly()) {
        // Asynchronous all the same, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this, [this] { finishFromMemory(m_store->memoryOnlyReason()); }, Qt::QueuedConnection);
        return;
    }
    startKeychain();
}

void CredentialJob::startKeychain()
{
    const QString service = m_store->service();
    switch (m_result.operation) {
    case CredentialResult::Operation::Read:
        m_job = new QKeychain::ReadPasswordJob(service);
        break;
    case CredentialResult::Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(service);
        QByteArray blob = CredentialStore::encode(m_result.credentials);
        job->setBinaryData(QByteArray(blob.constData(), blob.size())); // QtKeychain keeps its own copy
        wipe(blob);
        m_job = job;
        break;
    }
    case CredentialResult::Operation::Remove:
        m_job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // Never the KWallet path's plain-text QSettings file (TESTING.md §3).
    m_job->setInsecureFallback(false);
    m_job->setAutoDelete(true);
    m_job->setKey(m_result.id);
    connect(m_job, &QKeychain::Job::finished, this, &CredentialJob::keychainFinished);
    m_watchdog.start(m_store->watchdogMs());
    m_job->start();
}

void CredentialJob::keychainFinished()
{
    if (m_done)
        return;
    m_watchdog.stop();
    QKeychain::Job *job = m_job;
    m_job = nullptr; // auto-deleted by QtKeychain
    const QKeychain::Error code = job->error();
    const QString detail = job->errorString();
    if (code == QKeychain::NoError) {
        m_result.storage = CredentialResult::Storage::Keychain;
        if (m_result.operation == CredentialResult::Operation::Read) {
            QByteArray blob = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
            const auto credentials = CredentialStore::decode(blob);
            wipe(blob);
            if (credentials) {
                m_result.credentials = *credentials;
            } else {
                m_result.error = keychainError(ApiError::Kind::Parse,
                    "Keychain.Unreadable",
                    tr("The keychain entry for %1 is not one Skylight wrote.").arg(m_result.id));
            }
        } else if (m_result.operation == CredentialResult::Operation::Remove) {
            m_store->m_memory.remove(m_result.id);
        }
        finish();
        return;
    }
    if (code == QKeychain::EntryNotFound) {
        if (m_result.operation == CredentialResult::Operation::Read) {
            if (m_store->m_memory.contains(m_result.id)) {
                finishFromMemory({});
                return;
            }
            m_result.error = keychainError(ApiError::Kind::InvalidInput,
                "Keychain.NotFound",
                tr("No secret is stored for %1.").arg(m_result.id));
        }
        m_store->m_memory.remove(m_result.id);
        finish(); // removing what is not there is done
        return;
    }
    if (code == QKeychain::AccessDeniedByUser) {
        m_result.error = keychainError(
            ApiError::Kind::Aborted, "Keychain.Denied", tr("Access to the keychain was refused."));
        finish();
        return;
    }
    m_store->setMemoryOnly(tr("The keychain is not available (%1).").arg(detail));
    finishFromMemory(m_store->memoryOnlyReason());
}

void CredentialJob::watchdogFired()
{
    if (m_done)
        return;
    // The keychain job may still answer one day and QtKeychain's callbacks point into it: leave it
    // alive, detached from us (it deletes itself if it ever finishes).
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->setParent(nullptr);
        m_job = nullptr;
    }
    m_store->setMemoryOnly(tr("The keychain did not answer within %1 seconds; it may be locked.")
                               .arg(m_store->watchdogMs() / 1000.0, 0, 'g', 3));
    finishFromMemory(m_store->memoryOnlyReason());
}

void CredentialJob::finishFromMemory(const QString &reason)
{
    if (!m_store) {
        finish();
        return;
    }
    QHash<QString, Credentials> &memory = m_store->m_memory;
    const QString sessionOnly = reason.isEmpty()
        ? tr("The secret is kept in memory for this session only.")
        : tr("%1 The secret is kept in memory for this session only.").arg(reason);
    switch (m_result.operation) {
    case CredentialResult::Operation::Write:
        memory.insert(m_result.id, m_result.credentials);
        m_result.storage = CredentialResult::Storage::Memory;
        m_result.notice = sessionOnly;
        break;
    case CredentialResult::Operation::Read:
        if (memory.contains(m_result.id)) {
            m_result.credentials = memory.value(m_result.id);
            m_result.storage = CredentialResult::Storage::Memory;
        } else {
            m_result.error = keychainError(ApiError::Kind::Local,
                "Keychain.Unavailable",
                reason.isEmpty()
                    ? tr("No secret is stored for %1.").arg(m_result.id)
                    : tr("%1 No secret for %2 was entered in this session.").arg(reason, m_result.id));
        }
        break;
    case CredentialResult::Operation::Remove:
        memory.remove(m_result.id);
        m_result.storage = CredentialResult::Storage::Memory;
        break;
    }
    finish();
}

void CredentialJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    if (m_result.operation != CredentialResult::Operation::Read)
        m_result.credentials = Credentials(); // a write's secret leaves with the job, not the signal
    Q_EMIT finished(m_result);
    deleteLater();
}
