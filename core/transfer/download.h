// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "s3/headobjectjob.h"
#include "transfer/partslots.h"
#include "transport/apierror.h"

class DownloadCrc;
class S3Client;
class S3Job;

// Where an earlier download of the same object stopped: NAME.part holds `bytes` good bytes from the
// start. Used only when the object still has this ETag and size; otherwise it starts afresh.
struct DownloadResume
{
    QByteArray etag;
    qint64 size = -1;
    qint64 bytes = 0;
};

struct DownloadOptions
{
    qint64 chunkSize = 8 * 1024 * 1024; // one ranged GET each, streamed into NAME.part as it arrives
    int parallelChunks = 4;
    int chunkAttempts = 3;     // per chunk, on top of the transport's own retries
    QPointer<PartSlots> slots; // shared limit on ranges in flight (a queue's); null: none
    DownloadResume resume {};
};

struct DownloadRequest
{
    QString bucket;
    QString key;
    QString targetPath; // where the file ends up (see localPathForKey)
    // The folder the user chose: the target must still be inside it once symlinks are resolved.
    // Empty: not checked.
    QString folder;
};

struct DownloadResult
{
    ApiError error;
    qint64 bytes = 0;
    // The file matched the object's CRC32C, its plain-MD5 ETag or its multipart ETag (false: the
    // size only, for an object none of these can be checked against).
    bool verified = false;
    bool suspended = false; // suspend(): stopped with NAME.part kept; resume says where
    DownloadResume resume {};
    qint64 bytesResumed = 0; // bytes NAME.part already held, not fetched again
};

// One object to one local file: HEAD, then ranged GETs (each pinned to the ETag with If-Match and
// retried on its own) written into TARGET.part, then the size and the content verified, and only
// then TARGET.part renamed over TARGET. The content is checked by the object's CRC32C where the
// cloud gives one (taken as the ranges arrive: DownloadCrc), else by its ETag when that is a plain
// MD5 or an S3 multipart ETag of known part size (the file read back and hashed). On failure or cancel the
// .part file is removed and an existing TARGET is left as it was. finished() comes once; then it deletes
// itself.
class Download final : public QObject
{
    Q_OBJECT
public:
    Download(S3Client *client, DownloadRequest request, DownloadOptions options = {});
    void start();
    void cancel();
    void suspend(); // stops and keeps NAME.part: finished() with suspended and the resume point

    static QString partPath(const QString &targetPath) { return targetPath + QLatin1String(".part"); }
    // User metadata (x-amz-meta-…) in which Upload records the part size of a multipart upload.
    static constexpr const char *kPartSizeMetadata = "skylight-part-size";
    // The multipart ETag ("hex-N", no quotes) of bytes [0, size) of `path` cut in parts of
    // `partSize`; empty when the file cannot be read.
    static QByteArray multipartEtagOf(const QString &path, qint64 size, qint64 partSize);

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const DownloadResult &result);
    // The object is known and NAME.part holds the first resume.bytes bytes (for a journal).
    void resumePoint(const DownloadResume &resume);

private:
    struct Chunk
    {
        qint64 offset = 0;
        qint64 length = 0;
        int attempts = 0;
    };

    void begin();
    void onHead(const HeadObjectResult &result);
    void askPartSize(); // HEAD ?partNumber=1 (downloadverification.cpp)
    void prepare();     // NAME.part opened, ranges laid out, the first ones sent
    void schedule();
    void releaseSlot();
    void advanceContiguous();
    void sendChunk(int index);
    void onChunk(int index, const ApiError &error, qint64 bytes);
    void verify();
    void verifyMultipart(const std::function<void(bool)> &rename);
    void verifyCrc(const std::function<void(bool)> &rename);
    void layOutChunks(qint64 start); // m_chunks for [start, size), aligned to parts for m_crc
    void refetchAfterMismatch(const ApiError &mismatch);
    void onMismatch(
        const QByteArray &computed, const ApiError &mismatch, const std::function<void(bool)> &rename);
    // N of an S3 multipart ETag ("32 hex digits-N", quotes or not); 0 for any other ETag.
    static int multipartParts(const QByteArray &etag);
    void restart(); // NAME.part failed its MD5: every range again, from an empty file
    bool retryQuotaLeft(const ApiError &problem) const;
    void reportProgress(); // finished ranges plus what the ranges in flight brought so far
    void fail(const ApiError &error);
    void finish(const DownloadResult &result);

    S3Client *m_client;
    DownloadRequest m_request;
    DownloadOptions m_options;
    ObjectHead m_head;
    QList<Chunk> m_chunks;
    int m_nextChunk = 0;
    int m_chunksDone = 0;
    int m_slotsHeld = 0;
    int m_contiguousChunks = 0;         // chunks 0..n-1 are on disk
    int m_verifyAttempts = 0;           // whole downloads that failed their MD5 or CRC
    std::shared_ptr<DownloadCrc> m_crc; // null: not checked by CRC32C
    qint64 m_partSize = 0;              // of a multipart object: recorded, or learnt by askPartSize
    bool m_partSizeGuessed = false;     // learnt, so parts of other sizes are possible
    QByteArray m_guessedMismatch;       // what the last check computed under the guessed part size
    QHash<int, qint64> m_receiving;     // chunk → bytes of it received so far, while it is in flight
    QList<bool> m_chunkDone;
    qint64 m_start = 0; // where this run started fetching (resume)
    qint64 m_bytesDone = 0;
    QHash<int, QPointer<S3Job>> m_inFlight;
    QPointer<S3Job> m_headJob;
    bool m_failing = false;
    bool m_suspending = false;
    bool m_done = false;
};
