// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/createmultipartuploadjob.h"

#include "s3/multipartparsers.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

CreateMultipartUploadJob::CreateMultipartUploadJob(S3Client *client, CreateMultipartUploadRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void CreateMultipartUploadJob::start()
{
    HttpRequest r = m_client->request("POST", m_request.bucket, m_request.key);
    r.addBareQuery("uploads");
    if (!m_request.contentType.isEmpty())
        r.setHeader("Content-Type", m_request.contentType.toUtf8());
    for (auto it = m_request.metadata.cbegin(); it != m_request.metadata.cend(); ++it)
        r.setHeader("x-amz-meta-" + it.key().toLower().toUtf8(), it.value().toUtf8());
    if (!m_request.checksumAlgorithm.isEmpty())
        r.setHeader("x-amz-checksum-algorithm", m_request.checksumAlgorithm);
    SendOptions o = m_client->sendOptions(m_request.bucket);
    o.idempotent = false; // a repeat would start a second upload
    send(std::move(r), o, [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        runOffThread(
            this,
            [body = response.body] { return parseInitiateMultipartUpload(body); },
            [this](Result<MultipartUploadStart> parsed) {
                if (!parsed.isOk())
                    return finishWithError(parsed.error());
                finish({ApiError::ok(), parsed.takeValue()});
            });
    });
}

void CreateMultipartUploadJob::finish(const CreateMultipartUploadResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
