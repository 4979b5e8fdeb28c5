// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/headobjectjob.h"

struct GetObjectRequest
{
    QString bucket;
    QString key;
    qint64 rangeStart = -1; // with rangeEnd: "Range: bytes=start-end" (inclusive); -1: whole object
    qint64 rangeEnd = -1;   // -1 with a start: to the end
    QByteArray ifMatch;     // an ETag: fail (412) if the object changed since
    // Where the body goes as it arrives (SendOptions::bodySink: called on a worker thread with each
    // piece and its offset in the body, in order; returns an error text, empty when stored). It is
    // done with every piece before finished(). Null: the body stays in the result.
    std::function<QString(qint64 offset, const QByteArray &piece)> sink;
};

struct GetObjectResult
{
    ApiError error;
    ObjectHead head;
    QByteArray body;      // when there was no sink
    qint64 bytes = 0;     // body bytes received (and stored by the sink)
    bool partial = false; // 206: only the range asked for
};

// GetObject, whole or one range. The body is checked against Content-Length / the range asked for.
class GetObjectJob final : public S3Job
{
    Q_OBJECT
public:
    GetObjectJob(S3Client *client, GetObjectRequest request);
    void start();

Q_SIGNALS:
    void finished(const GetObjectResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}, {}, 0, false}); }
    void onResponse(const HttpResponse &response);
    void finish(const GetObjectResult &result);

    GetObjectRequest m_request;
};
