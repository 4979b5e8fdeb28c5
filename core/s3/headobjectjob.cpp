// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/headobjectjob.h"

#include "clouds/cloudprofile.h"
#include "s3/s3client.h"
#include "transport/clockskew.h"
#include "transport/httprequest.h"
#include "transport/httpresponse.h"

using namespace Qt::StringLiterals;

QByteArray ObjectHead::plainMd5() const
{
    QByteArray e = etag;
    if (e.startsWith('"') && e.endsWith('"') && e.size() >= 2)
        e = e.mid(1, e.size() - 2);
    if (e.size() != 32)
        return {};
    for (char c : std::as_const(e)) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return {};
    }
    return e.toLower();
}

ObjectHead ObjectHead::fromResponse(const HttpResponse &response)
{
    ObjectHead h;
    const QByteArray range = response.header("Content-Range"); // bytes 0-9/443
    const int slash = range.lastIndexOf('/');
    if (slash >= 0 && range.mid(slash + 1) != "*")
        h.size = range.mid(slash + 1).toLongLong();
    else if (!response.header("Content-Length").isEmpty())
        h.size = response.header("Content-Length").toLongLong();
    h.etag = response.header("ETag");
    h.contentType = QString::fromUtf8(response.header("Content-Type"));
    // An HTTP-date ("Wed, 25 Nov 2026 13:55:00 GMT"), which Qt::RFC2822Date refuses on Qt 6.4 for
    // its "GMT": read as the Date header is, for the clock skew.
    h.lastModified = ClockSkew::parseServerTime(response.header("Last-Modified")).value_or(QDateTime());
    h.storageClass = QString::fromUtf8(response.header("x-amz-storage-class"));
    h.websiteRedirect = QString::fromUtf8(response.header("x-amz-website-redirect-location"));
    h.checksumCrc32c = response.header("x-amz-checksum-crc32c").trimmed();
    if (!response.header("Content-Length").isEmpty())
        h.answerLength = response.header("Content-Length").toLongLong();
    h.partsCount = response.header("x-amz-mp-parts-count").toInt();
    for (const HttpHeader &header : response.headers) {
        if (header.name.toLower().startsWith("x-amz-meta-"))
            h.metadata.insert(
                QString::fromUtf8(header.name.mid(11).toLower()), QString::fromUtf8(header.value));
    }
    return h;
}

HeadObjectJob::HeadObjectJob(S3Client *client, ObjectKeyRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void HeadObjectJob::start()
{
    SendOptions o = m_client->sendOptions(m_request.bucket);
    o.bodyKind = SendOptions::BodyKind::Object;
    HttpRequest request = m_client->request("HEAD", m_request.bucket, m_request.key);
    if (m_partNumber > 0)
        request.addQuery("partNumber", QByteArray::number(m_partNumber));
    // The object's checksum, where the cloud keeps one (elsewhere the header is not sent at all).
    if (m_client->profile().verifiesPartCrc32c())
        request.setHeader("x-amz-checksum-mode", "ENABLED");
    send(std::move(request), o, [this](const HttpResponse &r) {
        if (!r.error.isOk())
            return finish({r.error, {}});
        finish({ApiError::ok(), ObjectHead::fromResponse(r)});
    });
}

void HeadObjectJob::finish(const HeadObjectResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
