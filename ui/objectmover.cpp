// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectmover.h"

#include <utility>

#include "keydisplay.h"
#include "prefixlister.h"
#include "s3/copyobjectjob.h"
#include "s3/deleteobjectsjob.h"
#include "s3/s3client.h"

namespace {
constexpr int kParallelCopies = 4;
}

ObjectMover::ObjectMover(S3Client *client,
    QString bucket,
    QStringList sources,
    QString fromPrefix,
    QString toPrefix,
    QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_sources(std::move(sources))
    , m_from(std::move(fromPrefix))
    , m_to(std::move(toPrefix))
{}

void ObjectMover::start()
{
    if (!m_folders.isEmpty()) {
        auto *lister = new PrefixLister(m_client, m_bucket, std::exchange(m_folders, {}), m_sources, this);
        connect(lister, &PrefixLister::finished, this, [this, lister](const PrefixLister::Found &found) {
            lister->deleteLater();
            if (!found.error.isEmpty())
                return Q_EMIT finished(0, {tr("nothing was moved: %1").arg(found.error)});
            m_sources = found.keys;
            start();
        });
        return lister->start();
    }
    if (m_sources.isEmpty())
        return Q_EMIT finished(0, {});
    for (int i = 0; i < kParallelCopies; ++i)
        copyNext();
}

void ObjectMover::copyNext()
{
    if (m_next >= m_sources.size())
        return;
    const QString source = m_sources.at(m_next++);
    CopyObjectRequest request;
    request.sourceBucket = m_bucket;
    request.sourceKey = source;
    request.bucket = m_bucket;
    request.key = m_to + source.mid(m_from.size());
    CopyObjectJob *job = m_client->copyObject(request);
    ++m_inFlight;
    connect(job, &CopyObjectJob::finished, this, [this, source](const CopyObjectResult &r) {
        onCopied(source, r);
    });
    job->start();
}

void ObjectMover::onCopied(const QString &source, const CopyObjectResult &result)
{
    --m_inFlight;
    ++m_done;
    if (result.error.isOk())
        m_copied << source;
    else
        m_errors << tr("%1: %2").arg(KeyDisplay::escaped(source), result.error.humanSentence());
    Q_EMIT progress(m_done, int(m_sources.size()));
    if (m_next < m_sources.size())
        return copyNext();
    if (m_inFlight == 0)
        deleteSources();
}

void ObjectMover::deleteSources()
{
    if (m_copied.isEmpty())
        return Q_EMIT finished(0, m_errors);
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
