// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/strayuploadsweep.h"

#include "s3/abortmultipartuploadjob.h"
#include "s3/listmultipartuploadsjob.h"
#include "s3/s3client.h"
#include "transport/clockskew.h"
#include "transport/logging.h"

namespace {
constexpr qint64 kMarginMs = ClockSkew::kToleranceMs + 5000;
}

StrayUploadSweep::StrayUploadSweep(S3Client *client,
    QString bucket,
    QString key,
    QString keep,
    QDateTime from,
    QDateTime to,
    QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_keep(std::move(keep))
    , m_from(from.addMSecs(-kMarginMs))
    , m_to(to.addMSecs(kMarginMs))
{}

void StrayUploadSweep::afterCreate(S3Client *client,
    const QString &bucket,
    const QString &key,
    const QDateTime &createdFrom,
    QObject *context,
    std::function<void()> then)
{
    auto *sweep
        = new StrayUploadSweep(client, bucket, key, {}, createdFrom, client->serverNow(bucket), context);
    connect(sweep, &StrayUploadSweep::finished, context, [then = std::move(then)](int, const ApiError &) {
        then();
    });
    sweep->start();
}

bool StrayUploadSweep::mayHaveCreated(const ApiError &createError)
{
    const int status = createError.httpStatus();
    return !createError.isOk() && !(status >= 400 && status < 500);
}

void StrayUploadSweep::start()
{
    listPage({}, {}, 1);
}

void StrayUploadSweep::listPage(const QString &keyMarker, const QString &uploadIdMarker, int page)
{
    auto *job = new ListMultipartUploadsJob(m_client, {m_bucket, m_key, keyMarker, uploadIdMarker, 1000});
    connect(job,
        &ListMultipartUploadsJob::finished,
        this,
        [this, keyMarker, uploadIdMarker, page](const ListMultipartUploadsResult &r) {
            if (!r.error.isOk())
                return finish(r.error);
            for (const MultipartUploadEntry &u : r.uploads.uploads) {
                // The prefix also lists longer keys; only this key's uploads, started around the Create.
                if (u.key == m_key && u.uploadId != m_keep && u.initiated.isValid() && u.initiated >= m_from
                    && u.initiated <= m_to && !m_strays.contains(u.uploadId))
                    m_strays.append(u.uploadId);
            }
            // The listing is sorted by key and this key is the shortest under its prefix: once the
            // next marker is a longer key, every upload of this key has been seen. A marker that does
            // not move would page forever; kMaxPages bounds a server that cycles.
            const bool moved
                = r.uploads.nextKeyMarker != keyMarker || r.uploads.nextUploadIdMarker != uploadIdMarker;
            if (r.uploads.truncated && moved && page < kMaxPages && r.uploads.nextKeyMarker == m_key)
                return listPage(r.uploads.nextKeyMarker, r.uploads.nextUploadIdMarker, page + 1);
            abortNext();
        });
    job->start();
}

void StrayUploadSweep::abortNext()
{
    if (m_strays.isEmpty())
        return finish(ApiError::ok());
    const QString uploadId = m_strays.takeFirst();
    auto *job = m_client->abortMultipartUpload({m_bucket, m_key, uploadId});
    connect(job, &AbortMultipartUploadJob::finished, this, [this](const AbortMultipartUploadResult &r) {
        // 404: gone already (completed or aborted meanwhile), which is what was wanted.
        if (!r.error.isOk() && r.error.httpStatus() != 404)
            return finish(r.error);
        if (r.error.isOk())
            ++m_aborted;
        abortNext();
    });
    job->start();
}

void StrayUploadSweep::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_aborted > 0)
        qCInfo(lcTransport).noquote() << "aborted" << m_aborted << "unfinished upload(s) of" << m_key
                                      << "left by a Create whose answer was lost";
    Q_EMIT finished(m_aborted, error);
    deleteLater();
}
