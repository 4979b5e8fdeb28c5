// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/listmultipartuploadsjob.h"

#include "s3/multipartparsers.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

ListMultipartUploadsJob::ListMultipartUploadsJob(S3Client *client, ListMultipartUploadsRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void ListMultipartUploadsJob::start()
{
    HttpRequest r = m_client->request("GET", m_request.bucket);
    r.addBareQuery("uploads");
    r.addQuery("max-uploads", QByteArray::number(m_request.maxUploads));
    if (!m_request.prefix.isEmpty())
        r.addQuery("prefix", m_request.prefix.toUtf8());
    if (!m_request.keyMarker.isEmpty()) {
        r.addQuery("key-marker", m_request.keyMarker.toUtf8());
        if (!m_request.uploadIdMarker.isEmpty())
            r.addQuery("upload-id-marker", m_request.uploadIdMarker.toUtf8());
    }
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        runOffThread(
            this,
            [body = response.body] { return parseListMultipartUploads(body); },
            [this](Result<MultipartUploadList> parsed) {
                if (!parsed.isOk())
                    return finishWithError(parsed.error());
                finish({ApiError::ok(), parsed.takeValue()});
            });
    });
}

void ListMultipartUploadsJob::finish(const ListMultipartUploadsResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
