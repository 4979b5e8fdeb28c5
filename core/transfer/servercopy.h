// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "s3/headobjectjob.h"
#include "transfer/partslots.h"
#include "transport/apierror.h"

class S3Client;
class S3Job;

struct ServerCopyOptions
{
    static constexpr qint64 kMiB = 1024 * 1024;
    // CopyObject copies up to 5 GiB; a larger source is copied in UploadPartCopy parts.
    static constexpr qint64 kCopyObjectLimit = 5 * 1024 * kMiB;
    qint64 partThreshold = kCopyObjectLimit; // sources larger than this go in parts
    qint64 partSize = 64 * kMiB;             // at least 5 MiB; grows to fit 10,000 parts
    int parallelParts = 4;
    int partAttempts = 3;      // per part, on top of the transport's own retries
    QPointer<PartSlots> slots; // shared limit on parts in flight (a queue's); null: none
};

struct ServerCopyResult
{
    ApiError error;
    QByteArray etag; // the copy's, as its HEAD returned it
    qint64 bytes = 0;
    int parts = 0; // 0 for a single CopyObject
};

// One object copied on the server, within one cloud: HEAD of the source; CopyObject (metadata
// kept) up to the part threshold, else a multipart upload of UploadPartCopy ranges (content type
// and metadata carried over from the source's HEAD), a few parts at a time, each retried on its own;
// failure or cancel aborts the multipart upload. Then the copy is verified by its own HEAD: the same
// size as the source, and the same ETag when both are plain MD5s. finished() comes once; then the
// object deletes itself.
class ServerCopy final : public QObject
{
    Q_OBJECT
public:
    ServerCopy(S3Client *client,
        QString sourceBucket,
        QString sourceKey,
        QString bucket,
        QString key,
        ServerCopyOptions options = {});
    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const ServerCopyResult &result);

private:
    struct Part
    {
        qint64 first = 0;
        qint64 last = 0;
        int attempts = 0;
        QByteArray etag;
    };

    void copyWhole();
    void startMultipart();
    void schedule();
    void sendPart(int index);
    void onPartDone(int index, const ApiError &error, const QByteArray &etag);
    void complete();
    void verify(const QByteArray &etag);
    void fail(const ApiError &error);
    void endFailure();
    // Finishes after aborting the uploads a Create of ours may have left (StrayUploadSweep).
    void sweepThenFinish(const ServerCopyResult &result);
    void releaseSlot();
    void finish(const ServerCopyResult &result);

    S3Client *m_client;
    QString m_sourceBucket;
    QString m_sourceKey;
    QString m_bucket;
    QString m_key;
    ServerCopyOptions m_options;
    ObjectHead m_source;
    QString m_uploadId;
    QList<Part> m_parts;
    int m_nextPart = 0;
    int m_partsDone = 0;
    int m_slotsHeld = 0;
    qint64 m_bytesDone = 0;
    QHash<int, QPointer<S3Job>> m_inFlight;
    QPointer<S3Job> m_current; // HEAD, CopyObject, create, complete
    ApiError m_failure;
    QDateTime m_createdFrom; // server time when our CreateMultipartUpload went out
    bool m_failing = false;
    bool m_done = false;
};
