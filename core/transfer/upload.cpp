// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/upload.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMetaObject>
#include <QSet>

#include "s3/abortmultipartuploadjob.h"
#include "s3/bodydigest.h"
#include "s3/completemultipartuploadjob.h"
#include "s3/createmultipartuploadjob.h"
#include "s3/headobjectjob.h"
#include "s3/listpartsjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3/strayuploadsweep.h"
#include "s3/uploadpartjob.h"
#include "transfer/download.h"
#include "transfer/partslots.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

namespace {

// The ETag as a lower-case MD5 when it is one (a single PUT or a part), else empty.
QByteArray md5OfEtag(const QByteArray &etag)
{
    ObjectHead head;
    head.etag = etag;
    return head.plainMd5();
}

} // namespace

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
        return startSingle();
    const UploadResume &resume = m_options.resume;
    if (!resume.uploadId.isEmpty()) {
        if (resume.fileSize == m_size && resume.modified == m_modified
            && resume.partSize == partSizeFor(m_size, m_options.partSize))
            return resumeMultipart();
        // The file changed since (or the settings did): the old parts are of no use.
        m_client->abortMultipartUpload({m_bucket, m_key, resume.uploadId})->start();
    }
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
        if (fileChanged()) { // sent, or refused (BadDigest: the bytes no longer match their MD5)
            UploadResult changed {
                ApiError(ApiError::Kind::Local, tr("%1 changed while it was sent").arg(m_path)), {}, 0, 0};
            changed.fileChanged = true; // the queue sends it again, whole
            return finish(changed);
        }
        if (r.error.isOk() && !r.md5Hex.isEmpty() && !md5OfEtag(r.etag).isEmpty()
            && md5OfEtag(r.etag) != r.md5Hex.toLower())
            return finish({ApiError(ApiError::Kind::Parse,
                               tr("the server's ETag for %1 is not the MD5 that was sent").arg(m_key)),
                {},
                0,
                0});
        if (r.error.isOk())
            Q_EMIT progress(m_size, m_size);
        finish({r.error, r.etag, r.error.isOk() ? m_size : 0, 0});
    });
    job->start();
}

void Upload::makeParts()
{
    m_partSize = partSizeFor(m_size, m_options.partSize);
    m_parts.clear();
    for (qint64 offset = 0; offset < m_size; offset += m_partSize)
        m_parts.append({offset, qMin(m_partSize, m_size - offset), 0, {}, {}});
    if (m_options.slots)
        connect(m_options.slots, &PartSlots::available, this, &Upload::onSlotAvailable);
}

void Upload::startMultipart()
{
    makeParts();
    // The part size, kept with the object: a later download can then check the bytes against the
    // multipart ETag (MD5 of the parts' MD5s), which is not the MD5 of the object.
    const QMap<QString, QString> metadata {
        {QString::fromLatin1(Download::kPartSizeMetadata), QString::number(m_partSize)}};
    // Where the server verifies them, parts carry a CRC-32C rather than an MD5 (a tenth of the CPU);
    // the parts' ETags, and so resume, checkCompleted and downloads, still rest on the server's MD5s.
    m_crc32c = m_client->profile().verifiesPartCrc32c();
    auto *job = m_client->createMultipartUpload(
        {m_bucket, m_key, m_options.contentType, metadata, m_crc32c ? QByteArray("CRC32C") : QByteArray()});
    m_current = job;
    m_createdFrom = m_client->serverNow(m_bucket);
    connect(job, &CreateMultipartUploadJob::finished, this, [this](const CreateMultipartUploadResult &r) {
        m_current = nullptr;
        if (!r.error.isOk() && StrayUploadSweep::mayHaveCreated(r.error))
            return sweepThenFinish({r.error, {}, 0, 0}); // carried out, its answer lost?
        if (!r.error.isOk())
            return finish({r.error, {}, 0, 0});
        m_uploadId = r.upload.uploadId;
        if (m_failing) // cancelled while the upload was being created
            return endFailure();
        Q_EMIT multipartStarted({m_uploadId, m_partSize, m_size, m_modified});
        schedule();
    });
    job->start();
}

void Upload::resumeMultipart()
{
    makeParts();
    m_uploadId = m_options.resume.uploadId;
    m_resuming = true;
    listParts(0, {});
}

// Every page of ListParts, then the parts that are there checked against the file.
void Upload::listParts(int marker, QList<PartEntry> found)
{
    ListPartsRequest request {m_bucket, m_key, m_uploadId, marker, 1000};
    auto *job = m_client->listParts(request);
    m_current = job;
    connect(job, &ListPartsJob::finished, this, [this, marker, found](const ListPartsResult &r) mutable {
        m_current = nullptr;
        if (m_failing)
            return endFailure();
        if (!r.error.isOk()) {
            if (r.error.httpStatus() != 404)
                return fail(r.error);
            // NoSuchUpload: it was aborted or completed meanwhile; start again.
            m_resuming = false;
            m_uploadId.clear();
            return startMultipart();
        }
        found += r.parts.parts;
        // A resumed upload goes on as it was created (AWS refuses parts and completions whose
        // checksums do not match the upload's algorithm).
        if (marker == 0)
            m_crc32c = r.parts.checksumAlgorithm.compare(u"CRC32C", Qt::CaseInsensitive) == 0;
        // Only a marker that moves forward is followed: a server repeating it would loop us. Parts
        // not listed are simply sent again.
        if (r.parts.truncated && r.parts.nextPartNumberMarker > marker)
            return listParts(r.parts.nextPartNumberMarker, found);
        checkListedParts(found);
    });
    job->start();
}

// A listed part counts as sent only when its size is the one expected and its ETag is the MD5 of
// the same bytes of the file now; any other part is sent again.
void Upload::checkListedParts(const QList<PartEntry> &found)
{
    struct Candidate
    {
        int index;
        qint64 offset;
        qint64 length;
        QByteArray md5;
    };
    QList<Candidate> candidates;
    QSet<int> listed; // a part number listed twice counts once (the first listing)
    for (const PartEntry &p : found) {
        const int index = p.partNumber - 1;
        if (index < 0 || index >= m_parts.size() || p.size != m_parts[index].length || listed.contains(index))
            continue;
        listed.insert(index);
        const QByteArray md5 = md5OfEtag(p.etag);
        if (!md5.isEmpty())
            candidates.append({index, m_parts[index].offset, m_parts[index].length, md5});
    }
    runOffThread(
        this,
        [path = m_path, candidates, crc32c = m_crc32c] {
            QList<std::pair<int, QByteArray>> good; // index, CRC-32C (for the completion)
            for (const Candidate &c : candidates) {
                const BodyDigest d = digestFile(path, c.offset, c.length, false);
                if (!d.error.isOk() || d.md5Hex != c.md5)
                    continue;
                const BodyDigest crc = crc32c ? crc32cOfFile(path, c.offset, c.length) : BodyDigest();
                if (crc.error.isOk())
                    good.append({c.index, crc.crc32cBase64});
            }
            return good;
        },
        [this, found](const QList<std::pair<int, QByteArray>> &good) {
            m_resuming = false;
            if (m_failing)
                return endFailure();
            for (const auto &[index, crc32c] : good) {
                for (const PartEntry &p : found) {
                    if (p.partNumber == index + 1)
                        m_parts[index].etag = p.etag;
                }
                m_parts[index].crc32c = crc32c;
                ++m_partsDone;
                m_bytesDone += m_parts[index].length;
                m_bytesResumed += m_parts[index].length;
            }
            Q_EMIT multipartStarted({m_uploadId, m_partSize, m_size, m_modified});
            Q_EMIT progress(m_bytesDone, m_size);
            if (m_partsDone == m_parts.size())
                return complete();
            schedule();
        });
}

void Upload::schedule()
{
    if (m_uploadId.isEmpty() || m_resuming || m_failing || m_done)
        return;
    while (m_inFlight.size() < qMax(1, m_options.parallelParts)) {
        while (m_nextPart < m_parts.size() && !m_parts[m_nextPart].etag.isEmpty())
            ++m_nextPart; // already there (resumed)
        if (m_nextPart >= m_parts.size())
            return;
        if (m_options.slots && !m_options.slots->tryAcquire())
            return;
        ++m_slotsHeld;
        sendPart(m_nextPart++);
    }
}

void Upload::onSlotAvailable()
{
    schedule();
}

void Upload::releaseSlot()
{
    if (m_slotsHeld <= 0)
        return;
    --m_slotsHeld;
    if (m_options.slots)
        m_options.slots->release();
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
    request.crc32c = m_crc32c;
    auto *job = m_client->uploadPart(request);
    m_inFlight.insert(index, job);
    connect(job, &UploadPartJob::finished, this, [this, index](const UploadPartResult &r) {
        onPartDone(index, r);
    });
    job->start();
}

void Upload::onPartDone(int index, const UploadPartResult &result)
{
    const ApiError &error = result.error;
    m_inFlight.remove(index);
    if (m_failing) {
        releaseSlot();
        if (m_inFlight.isEmpty() && !m_current)
            endFailure();
        return;
    }
    Part &part = m_parts[index];
    if (!error.isOk() && fileChanged()) { // a part read short because the file was rewritten
        releaseSlot();
        m_fileChanged = true;
        return fail(ApiError(ApiError::Kind::Local, tr("%1 changed while it was sent").arg(m_path)));
    }
    if (!error.isOk()) {
        const bool local = error.kind() == ApiError::Kind::Local || error.kind() == ApiError::Kind::Aborted;
        if (local || part.attempts >= m_options.partAttempts || !retryQuotaLeft(error)) {
            releaseSlot();
            return fail(error);
        }
        sendPart(index); // this part alone goes again, in the same slot
        return;
    }
    releaseSlot();
    if (fileChanged()) {
        m_fileChanged = true;
        return fail(ApiError(ApiError::Kind::Local, tr("%1 changed while it was sent").arg(m_path)));
    }
    part.etag = result.etag;
    part.crc32c = result.checksumCrc32c;
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
    if (fileChanged()) {
        m_fileChanged = true;
        return fail(ApiError(ApiError::Kind::Local, tr("%1 changed while it was sent").arg(m_path)));
    }
    CompleteMultipartUploadRequest request {m_bucket, m_key, m_uploadId, {}};
    for (int i = 0; i < m_parts.size(); ++i)
        request.parts.append({i + 1, m_parts[i].etag, m_parts[i].length, {}, m_parts[i].crc32c});
    auto *job = m_client->completeMultipartUpload(request);
    m_current = job;
    connect(job, &CompleteMultipartUploadJob::finished, this, [this](const CompleteMultipartUploadResult &r) {
        m_current = nullptr;
        if (!r.error.isOk() && m_failing)
            return endFailure(); // cancelled while completing
        if (!r.error.isOk() && r.error.serviceCode() == u"NoSuchUpload")
            return checkCompleted(r.error);
        if (!r.error.isOk())
            return fail(r.error);
        // A multipart ETag is "MD5-of-the-part-MD5s-N": check N, then the size the server holds.
        const QByteArray etag = r.upload.etag;
        const qsizetype dash = etag.lastIndexOf('-');
        if (dash > 0 && QByteArray(etag.mid(dash + 1)).replace('"', "").toInt() != m_parts.size())
            return finishVerified(ApiError(ApiError::Kind::Parse,
                                      tr("the server joined %1 parts, not %2")
                                          .arg(QString::fromLatin1(etag.mid(dash + 1)))
                                          .arg(m_parts.size())),
                etag);
        auto *head = m_client->headObject({m_bucket, m_key});
        m_current = head;
        connect(head, &HeadObjectJob::finished, this, [this, etag](const HeadObjectResult &h) {
            m_current = nullptr;
            if (h.error.isOk() && h.head.size != m_size)
                return finishVerified(
                    ApiError(ApiError::Kind::Parse,
                        tr("the server holds %1 bytes, not %2").arg(h.head.size).arg(m_size)),
                    etag);
            finishVerified(ApiError::ok(), etag); // a failed HEAD (no permission) does not undo the upload
        });
        head->start();
    });
    job->start();
}

void Upload::checkCompleted(const ApiError &error)
{
    // A retried Complete whose first answer was lost finds no upload: the first one may have joined
    // the parts. The object then has our size and the ETag our parts make ("MD5 of the part MD5s-N");
    // otherwise it is a failure, and nothing is deleted.
    QCryptographicHash joined(QCryptographicHash::Md5);
    bool md5Parts = true;
    for (const Part &part : std::as_const(m_parts)) {
        const QByteArray hex = QByteArray(part.etag).replace('"', "");
        md5Parts = md5Parts && hex.size() == 32;
        joined.addData(QByteArray::fromHex(hex));
    }
    const QByteArray expected = joined.result().toHex() + '-' + QByteArray::number(m_parts.size());
    auto *head = m_client->headObject({m_bucket, m_key});
    m_current = head;
    connect(
        head, &HeadObjectJob::finished, this, [this, error, expected, md5Parts](const HeadObjectResult &h) {
            m_current = nullptr;
            if (m_failing)
                return endFailure();
            const QByteArray etag = QByteArray(h.head.etag).replace('"', "");
            const bool ours = h.error.isOk() && h.head.size == m_size
                && (md5Parts ? etag == expected : etag.endsWith('-' + QByteArray::number(m_parts.size())));
            if (!ours)
                return fail(error);
            m_uploadId.clear(); // nothing left to abort
            finishVerified(ApiError::ok(), h.head.etag);
        });
    head->start();
}

void Upload::finishVerified(const ApiError &error, const QByteArray &etag)
{
    UploadResult result {error, etag, error.isOk() ? m_size : 0, int(m_parts.size())};
    result.bytesResumed = m_bytesResumed;
    finish(result);
}

void Upload::cancel()
{
    fail(ApiError(ApiError::Kind::Aborted, tr("cancelled")));
}

void Upload::suspend()
{
    if (m_failing || m_done)
        return;
    m_suspending = true;
    fail(ApiError(ApiError::Kind::Aborted, tr("paused")));
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
        return endFailure();
    const auto inFlight = m_inFlight; // each ends in onPartDone, which ends the failure last
    for (const QPointer<S3Job> &job : inFlight) {
        if (job)
            job->abort();
    }
    if (m_inFlight.isEmpty() && !m_resuming)
        endFailure();
}

void Upload::endFailure()
{
    if (m_done)
        return;
    UploadResult result {m_failure, {}, 0, 0};
    result.fileChanged = m_fileChanged;
    if (m_uploadId.isEmpty())
        return finish(result);
    if (m_suspending) {
        result.suspended = true;
        result.uploadId = m_uploadId;
        return finish(result);
    }
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
        const bool unknownId = r.error.httpStatus() == 404 && m_createdFrom.isValid();
        if (!r.error.isOk() && !unknownId)
            error.setMessage(tr("%1; the unfinished upload %2 could not be aborted either: %3")
                                 .arg(m_failure.message(), m_uploadId, r.error.toString()));
        UploadResult result {error, {}, 0, 0};
        result.fileChanged = m_fileChanged;
        // No such upload, though we created it: its id came back garbled, so the real one is left.
        if (unknownId)
            return sweepThenFinish(result);
        finish(result);
    });
    job->start();
}

void Upload::sweepThenFinish(const UploadResult &result)
{
    StrayUploadSweep::afterCreate(
        m_client, m_bucket, m_key, m_createdFrom, this, [this, result] { finish(result); });
}

bool Upload::retryQuotaLeft(const ApiError &problem) const
{
    // The transport's retry quota also bounds the retries made here: a failing endpoint stops them.
    HttpTransport *transport = m_client->transport();
    return !transport
        || transport->retryQuota().canAfford(
            HttpTransport::endpointKey(m_client->request("PUT", m_bucket, m_key)),
            problem.kind() == ApiError::Kind::Timeout);
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
