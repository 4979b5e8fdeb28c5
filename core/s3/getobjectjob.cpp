// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/getobjectjob.h"

#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

GetObjectJob::GetObjectJob(S3Client *client, GetObjectRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void GetObjectJob::start()
{
    HttpRequest r = m_client->request("GET", m_request.bucket, m_request.key);
    if (m_request.rangeStart >= 0) {
        QByteArray range = "bytes=" + QByteArray::number(m_request.rangeStart) + '-';
        if (m_request.rangeEnd >= 0)
            range += QByteArray::number(m_request.rangeEnd);
        r.setHeader("Range", range);
    }
    if (!m_request.ifMatch.isEmpty())
        r.setHeader("If-Match", m_request.ifMatch);
    SendOptions o = m_client->sendOptions(m_request.bucket);
    o.bodyKind = SendOptions::BodyKind::Object;
    o.bodySink = m_request.sink;
    send(std::move(r), o, [this](const HttpResponse &response) { onResponse(response); });
}

void GetObjectJob::onResponse(const HttpResponse &response)
{
    if (!response.error.isOk())
        return finishWithError(response.error);
    GetObjectResult result;
    result.head = ObjectHead::fromResponse(response);
    result.partial = response.status == 206;
    result.bytes = response.streamedBytes >= 0 ? response.streamedBytes : response.body.size();
    const QByteArray length = response.header("Content-Length");
    qint64 expected = length.isEmpty() ? -1 : length.toLongLong();
    if (m_request.rangeStart >= 0 && result.partial && m_request.rangeEnd >= 0 && result.head.size >= 0)
        expected = qMin(m_request.rangeEnd, result.head.size - 1) - m_request.rangeStart + 1;
    else if (m_request.rangeStart >= 0 && !result.partial && m_request.rangeStart > 0)
        return finishWithError(
            ApiError(ApiError::Kind::Parse, tr("the server ignored the byte range asked for")));
    if (expected >= 0 && expected != result.bytes)
        return finishWithError(ApiError(ApiError::Kind::Network,
            tr("the body was cut short: %1 of %2 bytes").arg(result.bytes).arg(expected))
                                   .setRetryable(true));
    if (!m_request.sink) {
        result.body = response.body;
        return finish(result);
    }
    if (response.streamedBytes >= 0 || response.body.isEmpty())
        return finish(result);
    // Sent the direct way (a "." or ".." key): the body came whole; the sink still stores it.
    runOffThread(
        this,
        [sink = m_request.sink, body = response.body] { return sink(0, body); },
        [this, result](const QString &problem) {
            if (!problem.isEmpty())
                return finishWithError(ApiError(ApiError::Kind::Local, problem));
            finish(result);
        });
}

void GetObjectJob::finish(const GetObjectResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
