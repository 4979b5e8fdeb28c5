// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "s3/s3types.h"
#include "transfer/partslots.h"
#include "transport/apierror.h"

class S3Client;
class S3Job;
struct UploadPartResult;

// An unfinished multipart upload to continue (from a journal or a pause). It is used only when
// the file still has this size and modification time and the part size is the one the file would
// get; otherwise it is aborted and the file sent afresh.
struct UploadResume
{
    QString uploadId;
    qint64 partSize = 0;
    qint64 fileSize = -1;
    QDateTime modified;
};

struct UploadOptions
{
    static constexpr qint64 kMiB = 1024 * 1024;
    static constexpr int kMaxParts = 10000;
    qint64 multipartThreshold = 16 * kMiB; // files of this size and larger go in parts
    qint64 partSize = 8 * kMiB;            // at least 5 MiB; grows so the file fits in 10,000 parts
    int parallelParts = 4;
    int partAttempts = 3; // per part, on top of the transport's own retries
    QString contentType;
    QPointer<PartSlots> slots; // shared limit on parts in flight (a queue's); null: none
    UploadResume resume;
};

struct UploadResult
{
    ApiError error;
    QByteArray etag;
    qint64 bytes = 0;
    int parts = 0;            // 0 for a single PUT
    bool suspended = false;   // suspend(): stopped, the multipart upload kept (uploadId) for later
    bool fileChanged = false; // the file changed while it was sent (the upload was aborted)
    QString uploadId {};      // of the multipart upload (kept only when suspended)
    qint64 bytesResumed = 0;  // bytes of parts found already uploaded (resume), not sent again
};

// One local file to one key: a single PutObject below the threshold, otherwise a multipart upload
// with up to parallelParts parts in flight, each streamed from the file (memory stays bounded by
// the parts in flight) and retried on its own. Cancel or failure aborts the multipart upload, so
// nothing is left behind to be billed. finished() comes once; then the object deletes itself.
class Upload final : public QObject
{
    Q_OBJECT
public:
    Upload(S3Client *client, QString filePath, QString bucket, QString key, UploadOptions options = {});
    void start();
    void cancel();
    // Stops without aborting the multipart upload: finished() with suspended and uploadId, so that
    // a later Upload with options.resume continues it. A single PUT is simply stopped.
    void suspend();

    // The part size for a file: at least `minimum` (and 5 MiB), a whole number of MiB, and large
    // enough that the file needs at most 10,000 parts.
    static qint64 partSizeFor(qint64 fileSize, qint64 minimum);

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void partFinished(int partNumber);
    // The multipart upload exists (created or resumed): what a journal must keep to continue it.
    void multipartStarted(const UploadResume &resume);
    void finished(const UploadResult &result);

private:
    struct Part
    {
        qint64 offset = 0;
        qint64 length = 0;
        int attempts = 0;
        QByteArray etag;
        QByteArray crc32c; // base64, when the upload was created with the CRC32C algorithm
    };

    void begin();
    void startSingle();
    void startMultipart();
    void makeParts();
    void resumeMultipart();
    void listParts(int marker, QList<PartEntry> found);
    void checkListedParts(const QList<PartEntry> &found);
    void onSlotAvailable();
    void releaseSlot();
    void schedule();
    void sendPart(int index);
    void onPartDone(int index, const UploadPartResult &result);
    void complete();
    void fail(const ApiError &error);
    void sendAbort();
    void endFailure(); // in-flight work is over: abort the upload, or keep it when suspending
    bool fileChanged() const;
    // Finishes after aborting the uploads a Create of ours may have left (StrayUploadSweep).
    void sweepThenFinish(const UploadResult &result);
    bool retryQuotaLeft(const ApiError &problem) const;
    void checkCompleted(const ApiError &error); // Complete said NoSuchUpload: did an earlier one succeed?
    void finishVerified(const ApiError &error, const QByteArray &etag);
    void finish(const UploadResult &result);

    S3Client *m_client;
    QString m_path;
    QString m_bucket;
    QString m_key;
    UploadOptions m_options;
    qint64 m_size = 0;
    QDateTime m_modified;
    QString m_uploadId;
    QList<Part> m_parts;
    int m_nextPart = 0;
    int m_partsDone = 0;
    int m_slotsHeld = 0;
    qint64 m_partSize = 0;
    qint64 m_bytesResumed = 0;
    qint64 m_bytesDone = 0;
    QHash<int, QPointer<S3Job>> m_inFlight;
    QPointer<S3Job> m_current; // single PUT, create or complete
    ApiError m_failure;
    QDateTime m_createdFrom; // server time when our CreateMultipartUpload went out; invalid: resumed
    bool m_failing = false;
    bool m_abortSent = false;
    bool m_suspending = false;
    bool m_resuming = false;
    // Parts carry x-amz-checksum-crc32c, not Content-MD5: the upload was created with the CRC32C
    // algorithm (a server that verifies it, CloudProfile::verifiesPartCrc32c), or a resumed one was.
    bool m_crc32c = false;
    bool m_fileChanged = false;
    bool m_done = false;
};
