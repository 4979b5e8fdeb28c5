// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/servercopy.h"

#include "s3/abortmultipartuploadjob.h"
#include "s3/completemultipartuploadjob.h"
#include "s3/copyobjectjob.h"
#include "s3/createmultipartuploadjob.h"
#include "s3/headobjectjob.h"
#include "s3/s3client.h"
#include "s3/strayuploadsweep.h"
#include "s3/uploadpartcopyjob.h"
#include "transfer/download.h"
#include "transfer/upload.h"

ServerCopy::ServerCopy(S3Client *client,
    QString sourceBucket,
    QString sourceKey,
    QString bucket,
    QString key,
    ServerCopyOptions options)
    : m_client(client)
    , m_sourceBucket(std::move(sourceBucket))
    , m_sourceKey(std::move(sourceKey))
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_options(std::move(options))
{}

void ServerCopy::start()
{
    auto *head = m_client->headObject({m_sourceBucket, m_sourceKey});
    m_current = head;
    connect(head, &HeadObjectJob::finished, this, [this](const HeadObjectResult &r) {
        m_current = nullptr;
        if (m_failing)
            return endFailure();
        if (!r.error.isOk())
            return finish({r.error, {}, 0, 0});
        m_source = r.head;
        Q_EMIT progress(0, m_source.size);
        if (m_source.size > m_options.partThreshold)
            return startMultipart();
        copyWhole();
    });
    head->start();
}

void ServerCopy::copyWhole()
{
    auto *job = m_client->copyObject({m_sourceBucket, m_sourceKey, m_bucket, m_key, {}, {}, false});
    m_current = job;
    connect(job, &CopyObjectJob::finished, this, [this](const CopyObjectResult &r) {
        m_current = nullptr;
        if (m_failing)
            return endFailure();
        if (!r.error.isOk())
            return finish({r.error, {}, 0, 0});
        verify({});
    });
    job->start();
}

void ServerCopy::startMultipart()
{
    const qint64 partSize = Upload::partSizeFor(m_source.size, m_options.partSize);
    for (qint64 first = 0; first < m_source.size; first += partSize)
        m_parts.append({first, qMin(first + partSize, m_source.size) - 1, 0, {}});
    if (m_options.slots)
        connect(m_options.slots, &PartSlots::available, this, &ServerCopy::schedule);
    // The copy's parts are ours: its part size replaces the source's (Download checks the ETag).
    QMap<QString, QString> metadata = m_source.metadata;
    metadata.insert(QString::fromLatin1(Download::kPartSizeMetadata), QString::number(partSize));
    auto *job = m_client->createMultipartUpload({m_bucket, m_key, m_source.contentType, metadata, {}});
    m_current = job;
    m_createdFrom = m_client->serverNow(m_bucket);
    connect(job, &CreateMultipartUploadJob::finished, this, [this](const CreateMultipartUploadResult &r) {
        m_current = nullptr;
        if (!r.error.isOk() && StrayUploadSweep::mayHaveCreated(r.error))
            return sweepThenFinish({m_failing ? m_failure : r.error, {}, 0, 0}); // carried out, answer lost?
        if (!r.error.isOk())
            return finish({m_failing ? m_failure : r.error, {}, 0, 0});
        m_uploadId = r.upload.uploadId;
        if (m_failing) // cancelled while the upload was being created
            return endFailure();
        schedule();
    });
    job->start();
}

void ServerCopy::schedule()
{
    if (m_failing || m_done || m_uploadId.isEmpty())
        return;
    while (m_inFlight.size() < qMax(1, m_options.parallelParts) && m_nextPart < m_parts.size()) {
        if (m_options.slots && !m_options.slots->tryAcquire())
            return;
        ++m_slotsHeld;
        sendPart(m_nextPart++);
    }
}

void ServerCopy::sendPart(int index)
{
    Part &part = m_parts[index];
    ++part.attempts;
    UploadPartCopyRequest request;
    request.bucket = m_bucket;
    request.key = m_key;
    request.uploadId = m_uploadId;
    request.partNumber = index + 1;
    request.sourceBucket = m_sourceBucket;
    request.sourceKey = m_sourceKey;
    request.first = part.first;
    request.last = part.last;
    auto *job = m_client->uploadPartCopy(request);
    m_inFlight.insert(index, job);
    connect(job, &UploadPartCopyJob::finished, this, [this, index](const UploadPartCopyResult &r) {
        onPartDone(index, r.error, r.etag);
    });
    job->start();
}

void ServerCopy::onPartDone(int index, const ApiError &error, const QByteArray &etag)
{
    m_inFlight.remove(index);
    if (m_failing) {
        releaseSlot();
        if (m_inFlight.isEmpty() && !m_current)
            endFailure();
        return;
    }
    Part &part = m_parts[index];
    if (!error.isOk()) {
        if (error.kind() == ApiError::Kind::Aborted || part.attempts >= m_options.partAttempts) {
            releaseSlot();
            return fail(error);
        }
        return sendPart(index); // this part alone goes again, in the same slot
    }
    releaseSlot();
    part.etag = etag;
    ++m_partsDone;
    m_bytesDone += part.last - part.first + 1;
    Q_EMIT progress(m_bytesDone, m_source.size);
    if (m_partsDone == m_parts.size())
        return complete();
    schedule();
}

void ServerCopy::complete()
{
    CompleteMultipartUploadRequest request {m_bucket, m_key, m_uploadId, {}};
    for (int i = 0; i < m_parts.size(); ++i)
        request.parts.append(
            {i + 1, m_parts.at(i).etag, m_parts.at(i).last - m_parts.at(i).first + 1, {}, {}});
    auto *job = m_client->completeMultipartUpload(request);
    m_current = job;
    connect(job, &CompleteMultipartUploadJob::finished, this, [this](const CompleteMultipartUploadResult &r) {
        m_current = nullptr;
        if (m_failing)
            return endFailure();
        if (!r.error.isOk())
            return fail(r.error);
        m_uploadId.clear(); // complete: nothing left to abort
        verify(r.upload.etag);
    });
    job->start();
}

// The copy's own HEAD: the source's size, the source's MD5 when both ETags are plain MD5s, and the
// ETag CompleteMultipartUpload gave (when it gave one).
void ServerCopy::verify(const QByteArray &etag)
{
    auto *head = m_client->headObject({m_bucket, m_key});
    m_current = head;
    connect(head, &HeadObjectJob::finished, this, [this, etag](const HeadObjectResult &r) {
        m_current = nullptr;
        if (!r.error.isOk())
            return finish({r.error, {}, 0, int(m_parts.size())});
        const auto bare = [](QByteArray e) {
            return e.replace('"', QByteArray());
        };
        QString problem;
        if (r.head.size != m_source.size)
            problem = tr("the copy of %1 has %2 bytes, the source %3")
                          .arg(m_key)
                          .arg(r.head.size)
                          .arg(m_source.size);
        else if (!m_source.plainMd5().isEmpty() && !r.head.plainMd5().isEmpty()
            && m_source.plainMd5() != r.head.plainMd5())
            problem = tr("the copy of %1 does not have the source's MD5").arg(m_key);
        else if (!etag.isEmpty() && bare(etag) != bare(r.head.etag))
            problem = tr("the copy of %1 does not have the ETag its upload ended with").arg(m_key);
        if (!problem.isEmpty())
            return finish({ApiError(ApiError::Kind::Parse, problem), {}, 0, int(m_parts.size())});
        Q_EMIT progress(m_source.size, m_source.size);
        finish({ApiError::ok(), r.head.etag, m_source.size, int(m_parts.size())});
    });
    head->start();
}

void ServerCopy::cancel()
{
    fail(ApiError(ApiError::Kind::Aborted, tr("cancelled")));
}

void ServerCopy::fail(const ApiError &error)
{
    if (m_failing || m_done)
        return;
    m_failing = true;
    m_failure = error;
    if (m_current) // its handler takes the next step
        return m_current->abort();
    if (m_inFlight.isEmpty())
        return endFailure();
    const auto inFlight = m_inFlight; // each ends in onPartDone, which ends the failure last
    for (const QPointer<S3Job> &job : inFlight) {
        if (job)
            job->abort();
    }
}

// In-flight work is over: abort the multipart upload, if there is one, then report.
void ServerCopy::endFailure()
{
    if (m_uploadId.isEmpty())
        return finish({m_failure, {}, 0, int(m_parts.size())});
    auto *job = m_client->abortMultipartUpload({m_bucket, m_key, m_uploadId});
    m_uploadId.clear();
    connect(job, &AbortMultipartUploadJob::finished, this, [this](const AbortMultipartUploadResult &r) {
        ApiError error = m_failure;
        const bool unknownId = r.error.httpStatus() == 404; // its id came back garbled
        if (!r.error.isOk() && !unknownId)
            error.setMessage(tr("%1; the unfinished copy could not be aborted either: %2")
                                 .arg(m_failure.message(), r.error.toString()));
        if (unknownId)
            return sweepThenFinish({error, {}, 0, int(m_parts.size())});
        finish({error, {}, 0, int(m_parts.size())});
    });
    job->start();
}

void ServerCopy::sweepThenFinish(const ServerCopyResult &result)
{
    StrayUploadSweep::afterCreate(
        m_client, m_bucket, m_key, m_createdFrom, this, [this, result] { finish(result); });
}

void ServerCopy::releaseSlot()
{
    if (m_slotsHeld <= 0)
        return;
    --m_slotsHeld;
    if (m_options.slots)
        m_options.slots->release();
}

void ServerCopy::finish(const ServerCopyResult &result)
{
    if (m_done)
        return;
    m_done = true;
    while (m_slotsHeld > 0)
        releaseSlot();
    Q_EMIT finished(result);
    deleteLater();
}
