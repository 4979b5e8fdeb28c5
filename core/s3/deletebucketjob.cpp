// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/deletebucketjob.h"

#include "s3/s3client.h"
#include "transport/httpresponse.h"

DeleteBucketJob::DeleteBucketJob(S3Client *client, BucketRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void DeleteBucketJob::start()
{
    HttpRequest r = m_client->request("DELETE", m_request.bucket);
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        finishWithError(response.error);
    });
}

void DeleteBucketJob::finishWithError(const ApiError &error)
{
    if (markDone())
        Q_EMIT finished({error});
}
