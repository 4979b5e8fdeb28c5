// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/copyobjectjob.h"

#include <QUrl>

#include "s3/s3client.h"
#include "s3/xmldocument.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"
#include "transport/result.h"

using namespace Qt::StringLiterals;

namespace {

Result<QByteArray> parseCopyResult(const QByteArray &body)
{
    QByteArray etag;
    const ApiError error
        = XmlDocument::walk(body, u"CopyObjectResult", [&](const QString &path, const QString &text) {
              if (path == u"ETag")
                  etag = text.toUtf8();
          });
    if (!error.isOk())
        return Result<QByteArray>::failure(error);
    return Result<QByteArray>::success(etag);
}

} // namespace

CopyObjectJob::CopyObjectJob(S3Client *client, CopyObjectRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

QByteArray CopyObjectJob::copySource(const QString &bucket, const QString &key)
{
    return '/' + QUrl::toPercentEncoding(bucket) + '/' + QUrl::toPercentEncoding(key, "/~");
}

void CopyObjectJob::start()
{
    HttpRequest r = m_client->request("PUT", m_request.bucket, m_request.key);
    r.setHeader("x-amz-copy-source", copySource(m_request.sourceBucket, m_request.sourceKey));
    if (m_request.replaceMetadata) {
        r.setHeader("x-amz-metadata-directive", "REPLACE");
        if (!m_request.contentType.isEmpty())
            r.setHeader("Content-Type", m_request.contentType.toUtf8());
        for (auto it = m_request.metadata.cbegin(); it != m_request.metadata.cend(); ++it)
            r.setHeader("x-amz-meta-" + it.key().toLower().toUtf8(), it.value().toUtf8());
    }
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        runOffThread(
            this,
            [body = response.body] { return parseCopyResult(body); },
            [this](Result<QByteArray> parsed) {
                if (!parsed.isOk())
                    return finishWithError(parsed.error());
                finish({ApiError::ok(), parsed.value()});
            });
    });
}

void CopyObjectJob::finish(const CopyObjectResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
