// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/upload.h"

#include <QFileInfo>
#include <QMetaObject>

#include "s3/abortmultipartuploadjob.h"
#include "s3/completemultipartuploadjob.h"
#include "s3/createmultipartuploadjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3/uploadpartjob.h"

Upload::Upload(S3Client *client, QString filePath, QString bucket, QString key, UploadOptions options)
    : QObject(client)
    , m_client(client)
    , m_path(std::move(filePath))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_options(std::move(options))
{}

qint64 Upload::partSizeFor(qint64 fileSize, qint64 minimum)
{
    constexpr qint64 mib = UploadOptions::kMiB;
    qint64 size = qMax(minimum, 5 * mib);
    const qint64 needed = (fileSize + UploadOptions::kMaxParts - 1) / UploadOptions::kMaxParts;
    size = qMax(size, needed);
    return (size + mib - 1) / mib * mib;
}

void Upload::start()
{
    // finished() never comes before start() returns, not even for a file that cannot be read.
    QMetaObject::invokeMethod(this, &Upload::begin, Qt::QueuedConnection);
}

void Upload::begin()
{
    if (m_done)
        return; // cancelled before it began
    const QFileInfo info(m_path);
    if (!info.isFile() || !info.isReadable())
        return finish(
            {ApiError(ApiError::Kind::Local, tr("%1 is not a readable file").arg(m_path)), {}, 0, 0});
    m_size = info.size();
    m_modified = info.lastModified();
    if (m_size < m_options.multipartThreshold)
        startSingle();
    else
        startMultipart();
}

void Upload::startSingle()
{
    PutObjectRequest request;
    request.bucket = m_bucket;
    request.key = m_key;
    request.filePath = m_path;
    request.contentType = m_options.contentType;
    auto *job = m_client->putObject(request);
    m_current = job;
    connect(job, &PutObjectJob::finished, this, [this](const PutObjectResult &r) {
        if (r.error.isOk() && fileChanged())
            return finish(
                {ApiError(ApiError::Kind::Local, tr("%1 changed while it was sent").arg(m_path)), {}, 0, 0});
        if (r.error.isOk())
            Q_EMIT progress(m_size, m_size);
        finish({r.error, r.etag, r.error.isOk() ? m_size : 0, 0});
    });
    job->start();
}

void Upload::startMultipart()
{
    const qint64 partSize = partSizeFor(m_size, m_options.partSize);
    for (qint64 offset = 0; offset < m_size; offset += partSize)
        m_parts.append({offset, qMin(partSize, m_size - offset), 0, {}});
    auto *job = m_client->createMultipartUpload({m_bucket, m_key, m_options.contentType, {}});
    m_current = job;
    connect(job, &CreateMultipartUploadJob::finished, this, [this](const CreateMultipartUploadResult &r) {
        m_current = nullptr;
        if (!r.error.isOk())
            return finish({r.error, {}, 0, 0});
        m_uploadId = r.upload.uploadId;
        if (m_failing) // cancelled while the upload was being created
            return sendAbort();
        schedule();
    });
    job->start();
}

void Upload::schedule()
{
    while (!m_failing && m_inFlight.size() < qMax(1, m_options.parallelParts) && m_nextPart < m_parts.size())
        sendPart(m_nextPart++);
}

void Upload::sendPart(int index)
{
    Part &part = m_parts[index];
    ++part.attempts;
    UploadPartRequest request;
    request.bucket = m_bucket;
    request.key = m_key;
    request.uploadId = m_uploadId;
    request.partNumber = index + 1;
    request.filePath = m_path;
    request.offset = part.offset;
    request.length = part.length;
    auto *job = m_client->uploadPart(request);
    m_inFlight.insert(index, job);
    connect(job, &UploadPartJob::finished, this, [this, index](const UploadPartResult &r) {
        onPartDone(index, r.error, r.etag);
    });
    job->start();
}

void Upload::onPartDone(int index, const ApiError &error, const QByteArray &etag)
{
    m_inFlight.remove(index);
    if (m_failing) {
        if (m_inFlight.isEmpty())
            sendAbort();
        return;
    }
    Part &part = m_parts[index];
    if (!error.isOk()) {
        const bool local = error.kind() == ApiError::Kind::Local || error.kind() == ApiError::Kind::Aborted;
        if (local || part.attempts >= m_options.partAttempts)
            return fail(error);
        sendPart(index); // this part alone goes again
        return;
    }
    part.etag = etag;
    ++m_partsDone;
    m_bytesDone += part.length;
    Q_EMIT partFinished(index + 1);
    Q_EMIT progress(m_bytesDone, m_size);
    if (m_failing || m_done)
        return; // a receiver cancelled
    if (m_partsDone == m_parts.size())
        return complete();
    schedule();
}

void Upload::complete()
{
    if (fileChanged())
        return fail(ApiError(ApiError::Kind::Local, tr("%1 changed while it was sent").arg(m_path)));
    CompleteMultipartUploadRequest request {m_bucket, m_key, m_uploadId, {}};
    for (int i = 0; i < m_parts.size(); ++i)
        request.parts.append({i + 1, m_parts[i].etag, m_parts[i].length, {}});
    auto *job = m_client->completeMultipartUpload(request);
    m_current = job;
    connect(job, &CompleteMultipartUploadJob::finished, this, [this](const CompleteMultipartUploadResult &r) {
        m_current = nullptr;
        if (!r.error.isOk() && m_failing)
            return sendAbort(); // cancelled while completing
        if (!r.error.isOk())
            return fail(r.error);
        finish({ApiError::ok(), r.upload.etag, m_size, int(m_parts.size())});
    });
    job->start();
}

void Upload::cancel()
{
    fail(ApiError(ApiError::Kind::Aborted, tr("cancelled")));
}

void Upload::fail(const ApiError &error)
{
    if (m_failing || m_done)
        return;
    m_failing = true;
    m_failure = error;
    if (m_current) {
        // Its handler takes the next step: finish (single PUT), or abort the upload (create, complete).
        if (m_current)
            m_current->abort();
        return;
    }
    if (m_uploadId.isEmpty())
        return finish({m_failure, {}, 0, 0});
    const auto inFlight = m_inFlight; // each ends in onPartDone, which sends the abort last
    for (const QPointer<S3Job> &job : inFlight) {
        if (job)
            job->abort();
    }
    if (m_inFlight.isEmpty())
        sendAbort();
}

void Upload::sendAbort()
{
    if (m_abortSent)
        return;
    m_abortSent = true;
    auto *job = m_client->abortMultipartUpload({m_bucket, m_key, m_uploadId});
    connect(job, &AbortMultipartUploadJob::finished, this, [this](const AbortMultipartUploadResult &r) {
        ApiError error = m_failure;
        if (!r.error.isOk())
            error.setMessage(tr("%1; the unfinished upload %2 could not be aborted either: %3")
                                 .arg(m_failure.message(), m_uploadId, r.error.toString()));
        finish({error, {}, 0, 0});
    });
    job->start();
}

bool Upload::fileChanged() const
{
    const QFileInfo info(m_path);
    return info.size() != m_size || info.lastModified() != m_modified;
}

void Upload::finish(const UploadResult &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}
