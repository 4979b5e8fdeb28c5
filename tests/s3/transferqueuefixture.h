// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include "clouds/profilepresets.h"
#include "faultrules.h"
#include "s3/createbucketjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3testsupport.h"
#include "sandboxserver.h"
#include "transfer/transferqueue.h"

inline constexpr qint64 kMiB = 1024 * 1024;

// Every file under `folder` (relative path → bytes), NAME.part files included so they show up.
inline QMap<QString, QByteArray> tree(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readFile(path));
    }
    return files;
}

// One line for each item of `queue` that is not Done, for a failure message ("" when all are).
inline QString states(const TransferQueue &queue)
{
    QStringList lines;
    for (const TransferItem &i : queue.items()) {
        if (i.state != TransferState::Done)
            lines.append(
                QStringLiteral("%1 %2 state %3: %4").arg(i.key, i.localPath).arg(int(i.state)).arg(i.error));
    }
    return lines.join(u'\n');
}

// What the TransferQueue tests (tst_transferqueue, tst_transferqueuerecovery) share: the in-process
// sandbox with their buckets, a client of it, a temporary folder for the local files, and queues
// whose part size is small enough that a few MiB go in parts. A test class derives from QObject and
// this, and calls startSandbox() from initTestCase() and nextCase() from init().
class TransferQueueFixture
{
protected:
    void startSandbox(const QStringList &buckets)
    {
        QVERIFY(m_sandbox.start());
        QVERIFY(m_dir.isValid());
        m_client = std::make_unique<S3Client>(
            &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
        for (const QString &bucket : buckets)
            QVERIFY(runJob(m_client->createBucket({bucket, {}})).error.isOk());
    }

    void nextCase()
    {
        ++m_case;
        m_sandbox.server().setFaultRules({});
    }

    std::unique_ptr<TransferQueue> makeQueue(int files = 4, int parts = 4)
    {
        auto queue = std::make_unique<TransferQueue>();
        queue->setMaxFiles(files);
        queue->setMaxParts(parts);
        queue->setMultipartThreshold(5 * kMiB);
        queue->setPartSize(5 * kMiB);
        return queue;
    }

    QString makeFile(const QString &relative, const QByteArray &data)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        return writeFile(path, data) ? path : QString();
    }

    bool putBytes(const QString &bucket, const QString &key, const QByteArray &data)
    {
        PutObjectRequest request;
        request.bucket = bucket;
        request.key = key;
        request.data = data;
        return runJob(m_client->putObject(request)).error.isOk();
    }

    // Downloads tq1's `key` into `path` through `queue`: the file's bytes, empty when the queue
    // does not go idle.
    QByteArray fetchBack(TransferQueue &queue, const QString &key, const QString &path)
    {
        queue.enqueueDownload(m_client.get(), QStringLiteral("tq1"), key, path);
        return waitIdle(queue) ? readFile(path) : QByteArray();
    }

    SandboxFixture m_sandbox;
    std::unique_ptr<S3Client> m_client;
    QTemporaryDir m_dir;
    int m_case = 0; // counts the test functions and data rows run, for unique names
};
