// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/completemultipartuploadjob.h"

#include <algorithm>

#include <QXmlStreamWriter>

#include "s3/bodydigest.h"
#include "s3/headobjectjob.h"
#include "s3/multipartparsers.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

using namespace Qt::StringLiterals;

CompleteMultipartUploadJob::CompleteMultipartUploadJob(
    S3Client *client, CompleteMultipartUploadRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

QByteArray CompleteMultipartUploadJob::completionXml(QList<PartEntry> parts)
{
    std::sort(parts.begin(), parts.end(), [](const PartEntry &a, const PartEntry &b) {
        return a.partNumber < b.partNumber;
    });
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(u"CompleteMultipartUpload"_s);
    w.writeDefaultNamespace(u"http://s3.amazonaws.com/doc/2006-03-01/"_s);
    for (const PartEntry &p : std::as_const(parts)) {
        w.writeStartElement(u"Part"_s);
        w.writeTextElement(u"PartNumber"_s, QString::number(p.partNumber));
        w.writeTextElement(u"ETag"_s, QString::fromUtf8(p.etag));
        // CompletedPart's ChecksumCRC32C: required for each part of an upload created with that
        // algorithm (docs.aws.amazon.com/AmazonS3/latest/API/API_CompletedPart.html).
        if (!p.checksumCrc32c.isEmpty())
            w.writeTextElement(u"ChecksumCRC32C"_s, QString::fromLatin1(p.checksumCrc32c));
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

void CompleteMultipartUploadJob::start()
{
    runOffThread(
        this,
        [parts = m_request.parts] {
            const QByteArray xml = completionXml(parts);
            return std::make_pair(xml, digestBytes(xml, true).sha256Hex);
        },
        [this](const std::pair<QByteArray, QByteArray> &body) {
            HttpRequest r = m_client->request("POST", m_request.bucket, m_request.key);
            r.addQuery("uploadId", m_request.uploadId.toUtf8());
            r.body = body.first;
            r.payloadHash = body.second;
            r.setHeader("Content-Type", "application/xml");
            send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
                if (!response.error.isOk())
                    return finishWithError(response.error);
                runOffThread(
                    this,
                    [body = response.body] { return parseCompleteMultipartUpload(body); },
                    [this](Result<CompletedUpload> parsed) {
                        if (!parsed.isOk())
                            return finishWithError(parsed.error());
                        CompletedUpload done = parsed.takeValue();
                        if (done.etag.isEmpty())
                            return readEtagBack(std::move(done));
                        finish({ApiError::ok(), std::move(done)});
                    });
            });
        });
}

void CompleteMultipartUploadJob::readEtagBack(CompletedUpload done)
{
    HeadObjectJob *head = m_client->headObject({m_request.bucket, m_request.key});
    connect(head, &HeadObjectJob::finished, this, [this, done](const HeadObjectResult &result) mutable {
        if (!result.error.isOk())
            return finishWithError(result.error);
        done.etag = result.head.etag;
        finish({ApiError::ok(), std::move(done)});
    });
    head->start();
}

void CompleteMultipartUploadJob::finish(const CompleteMultipartUploadResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
