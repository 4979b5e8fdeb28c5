// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/abortmultipartuploadjob.h"

#include "s3/s3client.h"
#include "transport/httpresponse.h"

AbortMultipartUploadJob::AbortMultipartUploadJob(S3Client *client, MultipartUploadRef request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void AbortMultipartUploadJob::start()
{
    HttpRequest r = m_client->request("DELETE", m_request.bucket, m_request.key);
    r.addQuery("uploadId", m_request.uploadId.toUtf8());
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        finishWithError(response.error);
    });
}

void AbortMultipartUploadJob::finishWithError(const ApiError &error)
{
    if (markDone())
        Q_EMIT finished({error});
}
