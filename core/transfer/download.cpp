// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/download.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QStorageInfo>

#include "s3/getobjectjob.h"
#include "s3/s3client.h"
#include "transfer/downloadcrc.h"
#include "transfer/partslots.h"
#include "transport/httptransport.h"

namespace {

// Writes one piece of a chunk at its offset in the file (on a worker thread; each write opens its own
// descriptor, and never creates the file: once NAME.part is removed, a late piece goes nowhere).
QString writeAt(const QString &path, qint64 offset, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly) || !file.seek(offset))
        return file.errorString();
    qint64 written = file.write(data);
    if (written >= 0 && written < data.size() && file.error() == QFileDevice::NoError) {
        // A short write sets no error; the next write says why (EFBIG past `ulimit -f`, ENOSPC).
        const qint64 more = file.write(data.constData() + written, data.size() - written);
        written += qMax<qint64>(0, more);
    }
    if (written == data.size() && file.flush())
        return {};
    // A short write sets no error of its own: say why when the disk is full.
    if (QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable()
        < data.size() - qMax<qint64>(0, written))
        return QCoreApplication::translate("Download", "no space left on the disk");
    return file.error() != QFileDevice::NoError
        ? file.errorString()
        : QCoreApplication::translate("Download", "only %1 of %2 bytes could be written")
              .arg(written)
              .arg(data.size());
}

// True when the folder that will hold `path` resolves (symbolic links followed) inside `folder`.
// Folders still to be made are judged by their nearest existing ancestor, so a link inside the
// chosen folder cannot have folders made outside it either.
bool insideFolder(const QString &folder, const QString &path)
{
    const QString root = QFileInfo(folder).canonicalFilePath();
    QString existing = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(existing) && QFileInfo(existing).absolutePath() != existing)
        existing = QFileInfo(existing).absolutePath();
    const QString parent = QFileInfo(existing).canonicalFilePath();
    return !root.isEmpty() && !parent.isEmpty() && (parent == root || parent.startsWith(root + u'/'));
}

} // namespace

Download::Download(S3Client *client, DownloadRequest request, DownloadOptions options)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_options(std::move(options))
{}

void Download::start()
{
    // finished() never comes before start() returns, not even for a folder that cannot be made.
    QMetaObject::invokeMethod(this, &Download::begin, Qt::QueuedConnection);
}

void Download::begin()
{
    if (m_done)
        return; // cancelled before it began
    const QString parent = QFileInfo(m_request.targetPath).absolutePath();
    const auto outside = [this] {
        finish({ApiError(ApiError::Kind::Local,
                    tr("%1 would be written outside %2 (a symbolic link?)")
                        .arg(m_request.targetPath, m_request.folder)),
            0,
            false});
    };
    // Checked before any folder is made (a folder still to be made holds no link).
    if (!m_request.folder.isEmpty() && QFileInfo::exists(m_request.folder)
        && !insideFolder(m_request.folder, m_request.targetPath))
        return outside();
    if (!QDir().mkpath(parent))
        return finish(
            {ApiError(ApiError::Kind::Local, tr("cannot create the folder %1").arg(parent)), 0, false});
    if (!m_request.folder.isEmpty() && !insideFolder(m_request.folder, m_request.targetPath))
        return outside();
    auto *job = m_client->headObject({m_request.bucket, m_request.key});
    m_headJob = job;
    connect(job, &HeadObjectJob::finished, this, &Download::onHead);
    job->start();
}

void Download::onHead(const HeadObjectResult &result)
{
    m_headJob = nullptr;
    if (!result.error.isOk())
        return finish({result.error, 0, false});
    m_head = result.head;
    m_partSize = m_head.metadata.value(QString::fromLatin1(kPartSizeMetadata)).toLongLong();
    // A multipart object from another tool: its part size, to check it by (verification.cpp).
    if (m_partSize <= 0 && multipartParts(m_head.etag) > 1)
        return askPartSize();
    prepare();
}

void Download::prepare()
{
    const DownloadResume &resume = m_options.resume;
    QFile part(partPath(m_request.targetPath));
    // NAME.part is written through whatever it is: a symbolic link there (planted, or left by
    // someone else) would send the object's bytes wherever it points. Never follow one.
    if (QFileInfo(part.fileName()).isSymLink())
        return finish(
            {ApiError(ApiError::Kind::Local,
                 tr("%1 is a symbolic link; Skylight does not write through it").arg(part.fileName())),
                0,
                false});
    if (resume.bytes > 0 && resume.etag == m_head.etag && resume.size == m_head.size
        && resume.bytes <= m_head.size && part.exists() && part.size() >= resume.bytes)
        m_start = resume.bytes;
    const QIODevice::OpenMode mode
        = m_start > 0 ? QIODevice::ReadWrite : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!part.open(mode)) // small: just creates (or opens) the file
        return finish({ApiError(ApiError::Kind::Local,
                           tr("cannot write %1: %2").arg(part.fileName(), part.errorString())),
            0,
            false});
    part.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    part.close();
    m_crc = DownloadCrc::forObject(m_head, m_partSize);
    layOutChunks(m_start);
    m_bytesDone = m_start;
    if (m_options.slots)
        connect(m_options.slots, &PartSlots::available, this, &Download::schedule);
    Q_EMIT resumePoint({m_head.etag, m_head.size, m_start});
    if (m_start > 0)
        Q_EMIT progress(m_bytesDone, m_head.size);
    if (m_chunks.isEmpty())
        return verify();
    schedule();
}

void Download::schedule()
{
    while (!m_failing && !m_done && m_inFlight.size() < qMax(1, m_options.parallelChunks)
        && m_nextChunk < m_chunks.size()) {
        if (m_options.slots && !m_options.slots->tryAcquire())
            return;
        ++m_slotsHeld;
        sendChunk(m_nextChunk++);
    }
}

void Download::releaseSlot()
{
    if (m_slotsHeld <= 0)
        return;
    --m_slotsHeld;
    if (m_options.slots)
        m_options.slots->release();
}

void Download::advanceContiguous()
{
    const int before = m_contiguousChunks;
    while (m_contiguousChunks < m_chunks.size() && m_chunkDone[m_contiguousChunks])
        ++m_contiguousChunks;
    if (m_contiguousChunks == before)
        return;
    const qint64 bytes
        = m_contiguousChunks < m_chunks.size() ? m_chunks[m_contiguousChunks].offset : m_head.size;
    Q_EMIT resumePoint({m_head.etag, m_head.size, bytes});
}

void Download::sendChunk(int index)
{
    Chunk &chunk = m_chunks[index];
    ++chunk.attempts;
    GetObjectRequest request;
    request.bucket = m_request.bucket;
    request.key = m_request.key;
    if (m_chunks.size() > 1 || m_start > 0) {
        request.rangeStart = chunk.offset;
        request.rangeEnd = chunk.offset + chunk.length - 1;
    }
    request.ifMatch = m_head.etag;
    // The body goes straight into NAME.part at the chunk's offset as it arrives (and into its CRC).
    request.sink = [path = partPath(m_request.targetPath),
                       base = chunk.offset,
                       crc = m_crc,
                       range = m_crc ? m_crc->firstFetched() + index : -1,
                       attempt = chunk.attempts](qint64 offset, const QByteArray &piece) {
        const QString problem = writeAt(path, base + offset, piece);
        if (!problem.isEmpty())
            return QCoreApplication::translate("Download", "cannot write the download: %1").arg(problem);
        if (crc)
            crc->observe(range, attempt, offset, piece);
        return QString();
    };
    auto *job = m_client->getObject(request);
    m_inFlight.insert(index, job);
    // Progress within a range too: a slow one (or a download of one range) shows it moving.
    connect(job, &S3Job::downloadProgress, this, [this, index](qint64 received, qint64) {
        if (m_failing || m_done || !m_inFlight.contains(index))
            return;
        m_receiving.insert(index, received);
        reportProgress();
    });
    connect(job, &GetObjectJob::finished, this, [this, index](const GetObjectResult &r) {
        onChunk(index, r.error, r.bytes);
    });
    job->start();
}

void Download::onChunk(int index, const ApiError &error, qint64 bytes)
{
    m_inFlight.remove(index);
    m_receiving.remove(index);
    if (m_failing)
        return;
    Chunk &chunk = m_chunks[index];
    ApiError problem = error;
    if (problem.isOk() && bytes != chunk.length)
        problem = ApiError(ApiError::Kind::Network, tr("a part of the object came back with the wrong size"));
    if (!problem.isOk()) {
        const bool final = problem.kind() == ApiError::Kind::Aborted
            || problem.kind() == ApiError::Kind::Local || problem.httpStatus() == 412
            || problem.httpStatus() == 404 || problem.httpStatus() == 403;
        if (final || chunk.attempts >= m_options.chunkAttempts || !retryQuotaLeft(problem)) {
            releaseSlot();
            return fail(problem);
        }
        return sendChunk(index);
    }
    // Every piece of it is in NAME.part already.
    releaseSlot();
    ++m_chunksDone;
    m_chunkDone[index] = true;
    advanceContiguous();
    m_bytesDone += chunk.length;
    reportProgress();
    if (m_chunksDone == m_chunks.size())
        return verify();
    schedule();
}

void Download::reportProgress()
{
    qint64 moving = 0; // ranges on their way: what they brought so far
    for (const qint64 bytes : std::as_const(m_receiving))
        moving += bytes;
    Q_EMIT progress(m_bytesDone + moving, m_head.size);
}

void Download::layOutChunks(qint64 start)
{
    m_chunks.clear();
    if (m_crc) {
        for (const DownloadCrc::Range &r : m_crc->layout(start, m_options.chunkSize))
            m_chunks.append({r.offset, r.length, 0});
    } else {
        const qint64 chunk = qMax<qint64>(1, m_options.chunkSize);
        for (qint64 offset = start; offset < m_head.size; offset += chunk)
            m_chunks.append({offset, qMin(chunk, m_head.size - offset), 0});
    }
    m_chunkDone = QList<bool>(m_chunks.size(), false);
}

void Download::restart()
{
    QFile part(partPath(m_request.targetPath));
    if (!part.resize(0))
        return fail(ApiError(
            ApiError::Kind::Local, tr("cannot write %1: %2").arg(part.fileName(), part.errorString())));
    m_start = 0;
    layOutChunks(0);
    m_nextChunk = 0;
    m_chunksDone = 0;
    m_contiguousChunks = 0;
    m_bytesDone = 0;
    m_receiving.clear();
    Q_EMIT resumePoint({m_head.etag, m_head.size, 0});
    Q_EMIT progress(0, m_head.size);
    schedule();
}

bool Download::retryQuotaLeft(const ApiError &problem) const
{
    // The transport's retry quota also bounds the retries made here: a failing endpoint stops them.
    HttpTransport *transport = m_client->transport();
    return !transport
        || transport->retryQuota().canAfford(
            HttpTransport::endpointKey(m_client->request("GET", m_request.bucket, m_request.key)),
            problem.kind() == ApiError::Kind::Timeout);
}

void Download::cancel()
{
    fail(ApiError(ApiError::Kind::Aborted, tr("cancelled")));
}

void Download::suspend()
{
    if (m_failing || m_done)
        return;
    m_suspending = true;
    fail(ApiError(ApiError::Kind::Aborted, tr("paused")));
}

void Download::fail(const ApiError &error)
{
    if (m_failing || m_done)
        return;
    m_failing = true;
    if (m_headJob)
        m_headJob->abort(); // its handler is disconnected by finish() below
    const auto inFlight = m_inFlight;
    for (const QPointer<S3Job> &job : inFlight) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
    m_inFlight.clear();
    DownloadResult result {error, 0, false};
    if (m_suspending && m_head.size >= 0 && !m_chunkDone.isEmpty()) {
        result.suspended = true;
        result.resume = {m_head.etag,
            m_head.size,
            m_contiguousChunks < m_chunks.size() ? m_chunks[m_contiguousChunks].offset : m_head.size};
    } else if (m_suspending && m_start > 0) {
        result.suspended = true;
        result.resume = {m_head.etag, m_head.size, m_start};
    }
    finish(result);
}

void Download::finish(const DownloadResult &result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_headJob)
        m_headJob->disconnect(this);
    while (m_slotsHeld > 0)
        releaseSlot();
    if (!result.error.isOk() && !result.suspended)
        QFile::remove(partPath(m_request.targetPath));
    DownloadResult r = result;
    r.bytesResumed = m_start;
    Q_EMIT finished(r);
    deleteLater();
}
