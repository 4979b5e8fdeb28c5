// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/bucketsubresourcejob.h"

#include <QCryptographicHash>

#include "auth/signerfactory.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"

using namespace Qt::StringLiterals;

bool SubresourceResult::unsupported() const
{
    if (status == 501 || status == 405 || error.serviceCode() == u"NotImplemented")
        return true;
    // Some stores answer 400 InvalidArgument/InvalidRequest for a subresource they do not know.
    return status == 400
        && (error.serviceCode() == u"InvalidArgument" || error.serviceCode() == u"InvalidRequest"
            || error.serviceCode() == u"UnsupportedOperation");
}

BucketSubresourceJob::BucketSubresourceJob(S3Client *client, SubresourceRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void BucketSubresourceJob::start()
{
    HttpRequest r = m_client->request(m_request.method, m_request.bucket, m_request.key);
    r.addBareQuery(m_request.subresource);
    for (const HttpHeader &h : m_request.headers)
        r.setHeader(h.name, h.value);
    if (m_request.method == "PUT" && !m_request.body.isEmpty()) {
        r.body = m_request.body;
        // AWS requires an integrity header on these PUTs (policy, website, public access block, ACL).
        r.setHeader("Content-MD5", QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toBase64());
        if (!m_request.contentType.isEmpty())
            r.setHeader("Content-Type", m_request.contentType);
    }
    send(std::move(r), m_client->sendOptions(m_request.bucket), [this](const HttpResponse &response) {
        if (!markDone())
            return;
        Q_EMIT finished({response.error, response.status, response.body});
    });
}

void BucketSubresourceJob::finishWithError(const ApiError &error)
{
    if (markDone())
        Q_EMIT finished({error, 0, {}});
}

BucketSubresourceJob *BucketSubresourceJob::getPolicy(S3Client *client, const QString &bucket)
{
    return new BucketSubresourceJob(client, {"GET", bucket, {}, "policy", {}, {}, {}});
}

BucketSubresourceJob *BucketSubresourceJob::putPolicy(
    S3Client *client, const QString &bucket, const QByteArray &json)
{
    return new BucketSubresourceJob(client, {"PUT", bucket, {}, "policy", json, "application/json", {}});
}

BucketSubresourceJob *BucketSubresourceJob::deletePolicy(S3Client *client, const QString &bucket)
{
    return new BucketSubresourceJob(client, {"DELETE", bucket, {}, "policy", {}, {}, {}});
}

BucketSubresourceJob *BucketSubresourceJob::getPublicAccessBlock(S3Client *client, const QString &bucket)
{
    return new BucketSubresourceJob(client, {"GET", bucket, {}, "publicAccessBlock", {}, {}, {}});
}

BucketSubresourceJob *BucketSubresourceJob::putPublicAccessBlock(
    S3Client *client, const QString &bucket, const QByteArray &xml)
{
    return new BucketSubresourceJob(
        client, {"PUT", bucket, {}, "publicAccessBlock", xml, "application/xml", {}});
}

BucketSubresourceJob *BucketSubresourceJob::deletePublicAccessBlock(S3Client *client, const QString &bucket)
{
    return new BucketSubresourceJob(client, {"DELETE", bucket, {}, "publicAccessBlock", {}, {}, {}});
}

BucketSubresourceJob *BucketSubresourceJob::putCannedAcl(
    S3Client *client, const QString &bucket, const QString &key, const QByteArray &acl)
{
    const bool google = client->profile().s3Signing.algorithm == SigningAlgorithm::GoogV1;
    const QByteArray header = google ? QByteArrayLiteral("x-goog-acl") : QByteArrayLiteral("x-amz-acl");
    return new BucketSubresourceJob(client, {"PUT", bucket, key, "acl", {}, {}, {{header, acl}}});
}
