// SPDX-License-Identifier: GPL-3.0-or-later
#include "crosscloudcopy.h"

#include <QFile>

#include "keydisplay.h"
#include "prefixlister.h"
#include "s3/deleteobjectsjob.h"
#include "s3/s3client.h"
#include "transfer/localpath.h"
#include "transfer/transferqueue.h"

CrossCloudCopy::CrossCloudCopy(TransferQueue *queue,
    S3Client *source,
    QString sourceBucket,
    QString fromPrefix,
    S3Client *target,
    QString targetBucket,
    QString toPrefix,
    QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_source(source)
    , m_target(target)
    , m_sourceBucket(std::move(sourceBucket))
    , m_from(std::move(fromPrefix))
    , m_targetBucket(std::move(targetBucket))
    , m_to(std::move(toPrefix))
{}

void CrossCloudCopy::start(const QStringList &keys, const QStringList &folders, bool move)
{
    m_move = move;
    // Each reason names what is missing; the page shows it after "0 object(s) copied; ".
    if (!m_source)
        return Q_EMIT finished(
            0, {tr("nothing was copied: the cloud the objects come from is no longer connected")});
    if (!m_target || !m_queue)
        return Q_EMIT finished(0, {tr("nothing was copied: the cloud to copy into is no longer connected")});
    if (!m_staging.isValid())
        return Q_EMIT finished(0,
            {tr("nothing was copied: no temporary folder could be made for copying between clouds (%1)")
                    .arg(m_staging.errorString())});
    if (folders.isEmpty())
        return enqueueAll(keys);
    auto *lister = new PrefixLister(m_source, m_sourceBucket, folders, keys, this);
    connect(lister, &PrefixLister::finished, this, [this, lister](const PrefixLister::Found &found) {
        lister->deleteLater();
        if (!found.error.isEmpty())
            return Q_EMIT finished(0, {tr("nothing was copied: %1").arg(found.error)});
        enqueueAll(found.keys);
    });
    lister->start();
}

void CrossCloudCopy::enqueueAll(const QStringList &keys)
{
    connect(m_queue, &TransferQueue::itemFinished, this, &CrossCloudCopy::onItemFinished);
    for (const QString &key : keys) {
        if (key.endsWith(u'/'))
            continue; // a folder marker
        const LocalPath local = localPathForKey(m_staging.path(), m_from, key);
        if (!local.isOk()) {
            m_errors << tr("%1: %2").arg(KeyDisplay::escaped(key), local.problem);
            continue;
        }
        m_downloads.insert(
            m_queue->enqueueDownload(m_source, m_sourceBucket, key, local.path, m_staging.path()), key);
    }
    if (m_downloads.isEmpty())
        end();
}

void CrossCloudCopy::onItemFinished(const TransferItem &item)
{
    if (m_downloads.contains(item.id)) {
        const QString key = m_downloads.take(item.id);
        if (item.state != TransferState::Done || !m_target) {
            m_errors << tr("%1: not downloaded: %2").arg(KeyDisplay::escaped(key), item.error);
            QFile::remove(item.localPath);
        } else {
            m_uploads.insert(m_queue->enqueueUpload(
                                 m_target, item.localPath, m_targetBucket, m_to + key.mid(m_from.size())),
                key);
        }
    } else if (m_uploads.contains(item.id)) {
        const QString key = m_uploads.take(item.id);
        QFile::remove(item.localPath);
        if (item.state == TransferState::Done)
            m_copied << key;
        else
            m_errors << tr("%1: not uploaded: %2").arg(KeyDisplay::escaped(key), item.error);
    } else {
        return;
    }
    if (m_downloads.isEmpty() && m_uploads.isEmpty())
        end();
}

void CrossCloudCopy::end()
{
    if (m_queue)
        disconnect(m_queue, &TransferQueue::itemFinished, this, &CrossCloudCopy::onItemFinished);
    m_staging.remove();
    if (!m_move || m_copied.isEmpty() || !m_source)
        return Q_EMIT finished(int(m_copied.size()), m_errors);
    DeleteObjectsJob *job = m_source->deleteObjects({m_sourceBucket, m_copied});
    connect(job, &DeleteObjectsJob::finished, this, [this](const DeleteObjectsResult &r) {
        if (!r.error.isOk())
            m_errors << tr("The copies were made, but the originals were not deleted: %1")
                            .arg(r.error.humanSentence());
        for (const DeleteOutcome::Failure &f : r.outcome.errors)
            m_errors << tr("%1: %2").arg(KeyDisplay::escaped(f.key), f.message);
        Q_EMIT finished(int(r.outcome.deleted.size()), m_errors);
    });
    job->start();
}
