// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/listpartsjob.h"

#include "s3/multipartparsers.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

ListPartsJob::ListPartsJob(S3Client *client, ListPartsRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void ListPartsJob::start()
{
    HttpRequest r = m_client->request("GET", m_request.bucket, m_request.key);
    r.addQuery("uploadId", m_request.uploadId.toUtf8());
    r.addQuery("max-parts", QByteArray::number(m_request.maxParts));
    if (m_request.partNumberMarker > 0)
        r.addQuery("part-number-marker", QByteArray::number(m_request.partNumberMarker));
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        runOffThread(
            this,
            [body = response.body] { return parseListParts(body); },
            [this](Result<PartList> parsed) {
                if (!parsed.isOk())
                    return finishWithError(parsed.error());
                finish({ApiError::ok(), parsed.takeValue()});
            });
    });
}

void ListPartsJob::finish(const ListPartsResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
