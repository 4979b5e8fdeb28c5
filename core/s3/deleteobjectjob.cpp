// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/deleteobjectjob.h"

#include "s3/s3client.h"
#include "transport/httpresponse.h"

DeleteObjectJob::DeleteObjectJob(S3Client *client, ObjectKeyRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void DeleteObjectJob::start()
{
    HttpRequest r = m_client->request("DELETE", m_request.bucket, m_request.key);
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        finishWithError(response.error);
    });
}

void DeleteObjectJob::finishWithError(const ApiError &error)
{
    if (markDone())
        Q_EMIT finished({error});
}
