// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/getobjectacljob.h"

#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

GetObjectAclJob::GetObjectAclJob(S3Client *client, ObjectKeyRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void GetObjectAclJob::start()
{
    HttpRequest r = m_client->request("GET", m_request.bucket, m_request.key);
    r.addBareQuery("acl");
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        runOffThread(
            this,
            [body = response.body] { return parseAccessControlPolicy(body); },
            [this](Result<AccessControlPolicy> parsed) {
                if (!parsed.isOk())
                    return finishWithError(parsed.error());
                finish({ApiError::ok(), parsed.takeValue()});
            });
    });
}

void GetObjectAclJob::finish(const GetObjectAclResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
