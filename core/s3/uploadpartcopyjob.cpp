// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/uploadpartcopyjob.h"

#include "s3/copyobjectjob.h"
#include "s3/multipartparsers.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

UploadPartCopyJob::UploadPartCopyJob(S3Client *client, UploadPartCopyRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void UploadPartCopyJob::start()
{
    HttpRequest r = m_client->request("PUT", m_request.bucket, m_request.key);
    r.addQuery("partNumber", QByteArray::number(m_request.partNumber));
    r.addQuery("uploadId", m_request.uploadId.toUtf8());
    r.setHeader("x-amz-copy-source", CopyObjectJob::copySource(m_request.sourceBucket, m_request.sourceKey));
    if (m_request.first >= 0 && m_request.last >= m_request.first)
        r.setHeader("x-amz-copy-source-range",
            "bytes=" + QByteArray::number(m_request.first) + '-' + QByteArray::number(m_request.last));
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        runOffThread(
            this,
            [body = response.body] { return parseCopyPartResult(body); },
            [this](Result<PartEntry> parsed) {
                if (!parsed.isOk())
                    return finishWithError(parsed.error());
                finish({ApiError::ok(), m_request.partNumber, parsed.value().etag});
            });
    });
}

void UploadPartCopyJob::finish(const UploadPartCopyResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
