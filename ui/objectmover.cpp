// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectmover.h"

#include <utility>

#include "keydisplay.h"
#include "prefixlister.h"
#include "s3/deleteobjectsjob.h"
#include "s3/s3client.h"
#include "transfer/transferqueue.h"

ObjectMover::ObjectMover(TransferQueue *queue,
    S3Client *client,
    QString bucket,
    QStringList sources,
    QString fromPrefix,
    QString toPrefix,
    QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_sources(std::move(sources))
    , m_from(std::move(fromPrefix))
    , m_to(std::move(toPrefix))
{}

void ObjectMover::start()
{
    if (m_targetBucket.isEmpty())
        m_targetBucket = m_bucket;
    if (!m_folders.isEmpty()) {
        auto *lister = new PrefixLister(m_client, m_bucket, std::exchange(m_folders, {}), m_sources, this);
        connect(lister, &PrefixLister::finished, this, [this, lister](const PrefixLister::Found &found) {
            lister->deleteLater();
            if (!found.error.isEmpty())
                return Q_EMIT finished(0, {tr("nothing was copied: %1").arg(found.error)});
            m_sources = found.keys;
            start();
        });
        return lister->start();
    }
    if (m_sources.isEmpty() || !m_queue)
        return Q_EMIT finished(0, {});
    enqueueAll();
}

void ObjectMover::enqueueAll()
{
    connect(m_queue, &TransferQueue::itemFinished, this, &ObjectMover::onItemFinished);
    for (const QString &source : std::as_const(m_sources))
        m_waiting.insert(m_queue->enqueueCopy(
            m_client, m_bucket, source, m_targetBucket, m_to + source.mid(m_from.size())));
}

void ObjectMover::onItemFinished(const TransferItem &item)
{
    if (!m_waiting.remove(item.id))
        return;
    ++m_done;
    if (item.state == TransferState::Done)
        m_copied << item.sourceKey;
    else if (item.state == TransferState::Skipped)
        m_errors << tr("%1: skipped, %2").arg(KeyDisplay::escaped(item.sourceKey), item.error);
    else if (item.state == TransferState::Canceled)
        m_errors << tr("%1: cancelled").arg(KeyDisplay::escaped(item.sourceKey));
    else
        m_errors << tr("%1: %2").arg(KeyDisplay::escaped(item.sourceKey), item.error);
    Q_EMIT progress(m_done, int(m_sources.size()));
    if (m_waiting.isEmpty()) {
        disconnect(m_queue, &TransferQueue::itemFinished, this, &ObjectMover::onItemFinished);
        deleteSources();
    }
}

void ObjectMover::deleteSources()
{
    if (m_keepSources || m_copied.isEmpty())
        return Q_EMIT finished(int(m_copied.size()), m_errors);
    DeleteObjectsJob *job = m_client->deleteObjects({m_bucket, m_copied});
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
