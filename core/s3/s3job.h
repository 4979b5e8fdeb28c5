// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "transport/apierror.h"
#include "transport/endpoint.h"
#include "transport/httprequest.h"

class Exchange;
class S3Client;
struct HttpResponse;

// Request values several jobs take.
struct BucketRequest
{
    QString bucket;
    QString region; // CreateBucket: empty means the profile's default region
};

struct ObjectKeyRequest
{
    QString bucket;
    QString key;
};

struct MultipartUploadRef
{
    QString bucket;
    QString key;
    QString uploadId;
};

// What the object and multipart jobs share: one exchange at a time, abort, and a once-only end.
// Each job keeps its own typed finished(result) signal; this base only does the plumbing.
class S3Job : public QObject
{
    Q_OBJECT
public:
    explicit S3Job(S3Client *client);
    // finished() still comes, once, with ApiError::Kind::Aborted.
    void abort();
    // A request is on the wire (not still hashing, parsing or waiting to start).
    bool isSending() const { return !m_exchange.isNull(); }

protected:
    // Sends through the client's transport; onResponse runs on this job's thread.
    void send(HttpRequest request, SendOptions options, std::function<void(const HttpResponse &)> onResponse);
    // For abort() when no exchange is in flight (hashing, between batches): the job's own end.
    virtual void finishWithError(const ApiError &error) = 0;
    // True the first time: the caller emits finished() and the job is deleted later.
    bool markDone();
    bool isDone() const { return m_done; }
    bool isAborted() const { return m_aborted; }
    static ApiError abortedError();

    S3Client *m_client;

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);

private:
    QPointer<Exchange> m_exchange;
    bool m_done = false;
    bool m_aborted = false;
};
