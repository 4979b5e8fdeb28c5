// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3router.h"

#include <QRandomGenerator>

#include "auth/hmacv1signer.h"
#include "auth/signer.h"
#include "auth/uriencode.h"
#include "authverifier.h"
#include "s3call.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"
#include "transport/clock.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray newRequestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).toUpper().rightJustified(16, '0');
}

// A subresource the sandbox does not serve (versioning, cors, lifecycle, tagging…).
bool hasUnsupportedSubresource(const SandboxRequest &request)
{
    static const QByteArrayView served[] = {"location",
        "delete",
        "website",
        "acl",
        "policy",
        "publicAccessBlock",
        "uploads",
        "uploadId",
        "partNumber"};
    for (const QueryItem &item : request.query) {
        if (item.name.startsWith("response-")
            || std::find(std::begin(served), std::end(served), item.name) != std::end(served))
            continue;
        if (HmacV1Signer::isSignedSubresource(item.name))
            return true;
    }
    return false;
}

} // namespace

S3Router::S3Router(SandboxStore *store, const AuthVerifier *verifier, QStringList regions, const Clock *clock)
    : m_store(store)
    , m_verifier(verifier)
    , m_regions(std::move(regions))
    , m_clock(clock)
    , m_acl(store)
    , m_buckets(store, m_regions)
    , m_settings(store)
    , m_objects(store, &m_acl)
    , m_copy(store, &m_acl)
    , m_multipart(store, &m_acl)
    , m_listing(store)
    , m_public(store)
{}

QByteArray S3Router::virtualHostBucket(const QByteArray &hostHeader)
{
    QByteArray host = hostHeader.toLower();
    if (host.startsWith('['))
        return {};
    const qsizetype colon = host.lastIndexOf(':');
    if (colon >= 0)
        host.truncate(colon);
    for (const QByteArrayView suffix : {QByteArrayView(".s3.localhost"), QByteArrayView(".localhost")}) {
        if (host.endsWith(suffix)) {
            const QByteArray bucket = host.chopped(suffix.size());
            return bucket == "s3" ? QByteArray() : bucket;
        }
    }
    return {};
}

SandboxResponse S3Router::handle(const SandboxRequest &request) const
{
    const QByteArray virtualBucket = virtualHostBucket(request.header("Host"));
    QByteArray bucket = virtualBucket;
    QByteArray keyRaw;
    const QByteArray path = request.rawPath.startsWith('/') ? request.rawPath.mid(1) : request.rawPath;
    if (bucket.isEmpty()) {
        const qsizetype slash = path.indexOf('/');
        bucket = UriEncode::decode(slash < 0 ? path : path.left(slash));
        keyRaw = slash < 0 ? QByteArray() : path.mid(slash + 1);
    } else {
        keyRaw = path;
    }
    S3Call call {
        request, bucket, UriEncode::decode(keyRaw), newRequestId(), m_regions.first(), m_clock->nowUtc()};

    SandboxResponse response;
    const AuthOutcome auth = m_verifier->verify(request, virtualBucket);
    if (!auth.ok) {
        response = call.error(auth.status, auth.code, auth.message, auth.extra);
    } else if (auth.scheme == AuthOutcome::Scheme::Anonymous) {
        response = anonymous(call);
    } else {
        if (!auth.region.isEmpty())
            call.region = auth.region;
        const bool v4 = auth.scheme == AuthOutcome::Scheme::SigV4Header
            || auth.scheme == AuthOutcome::Scheme::SigV4Query;
        response = route(call, v4, auth.scheme == AuthOutcome::Scheme::SigV4Query);
    }
    response.addHeader("x-amz-request-id", call.requestId);
    response.addHeader("x-amz-id-2", call.requestId.toBase64());
    response.addHeader("Date", SigningTime::httpDate(call.now));
    response.addHeader("Server", "SkylightSandbox");
    return response;
}

SandboxResponse S3Router::route(const S3Call &call, bool signedV4, bool presigned) const
{
    const QByteArray &method = call.request.method;
    if (call.bucket.isEmpty()) {
        if (method == "GET")
            return m_buckets.listBuckets(call);
        return call.error(
            405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    }
    if (method == "PUT" && call.key.isEmpty() && call.request.query.isEmpty())
        return createBucket(call); // it knows about existing buckets and their regions
    const std::optional<BucketInfo> bucket = m_store->bucket(call.bucket);
    if (!bucket)
        return call.error(
            404, "NoSuchBucket", "The specified bucket does not exist", {{"BucketName", call.bucket}});
    // A SigV4 request names its region in the credential scope; one signed for another region than
    // the bucket's gets what S3 answers, so clients can find the right one.
    if (signedV4 && call.region != bucket->region && !call.request.hasQuery("location")) {
        const QByteArray wrong = call.region.toUtf8();
        const QByteArray right = bucket->region.toUtf8();
        SandboxResponse wrongRegion = call.error(400,
            presigned ? "AuthorizationQueryParametersError" : "AuthorizationHeaderMalformed",
            "The authorization header is malformed; the region '" + wrong + "' is wrong; expecting '" + right
                + "'",
            {{"Region", right}});
        wrongRegion.addHeader("x-amz-bucket-region", right);
        return wrongRegion;
    }
    return call.key.isEmpty() ? bucketLevel(call) : objectLevel(call);
}

SandboxResponse S3Router::anonymous(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (!read || call.bucket.isEmpty() || hasUnsupportedSubresource(request) || request.hasQuery("acl")
        || request.hasQuery("uploadId") || request.hasQuery("uploads") || request.hasQuery("location")
        || request.hasQuery("website") || request.hasQuery("policy") || request.hasQuery("publicAccessBlock"))
        return call.error(403, "AccessDenied", "Access Denied");
    if (!m_store->bucket(call.bucket))
        return call.error(
            404, "NoSuchBucket", "The specified bucket does not exist", {{"BucketName", call.bucket}});
    if (call.key.isEmpty()) { // a bucket whose ACL or policy lets everyone list it
        if (!m_public.canList(call.bucket))
            return call.error(403, "AccessDenied", "Access Denied");
        return request.method == "HEAD" ? m_buckets.headBucket(call) : m_listing.list(call);
    }
    const std::optional<ObjectInfo> object = m_store->object(call.bucket, call.key);
    if (object ? m_public.canRead(call.bucket, *object) : m_public.canList(call.bucket))
        return m_objects.get(call, request.method == "HEAD"); // 404 NoSuchKey when missing
    return call.error(403, "AccessDenied", "Access Denied");
}

SandboxResponse S3Router::createBucket(const S3Call &call) const
{
    SandboxResponse refusal;
    const std::optional<QByteArray> acl = m_acl.requestedAcl(call, &refusal);
    if (!acl)
        return refusal;
    const bool existed = m_store->bucket(call.bucket).has_value();
    SandboxResponse response = m_buckets.createBucket(call);
    if (response.status == 200 && !existed && *acl != "private")
        m_store->setBucketSetting(call.bucket, "acl", *acl);
    return response;
}

SandboxResponse S3Router::bucketLevel(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    const QByteArray &method = request.method;
    if (method == "GET" && request.hasQuery("location"))
        return m_buckets.location(call);
    if (method == "POST" && request.hasQuery("delete"))
        return m_objects.removeMany(call);
    if (request.hasQuery("acl"))
        return m_acl.handle(call);
    if (method == "GET" && request.hasQuery("uploads"))
        return m_multipart.listUploads(call);
    if (std::optional<SandboxResponse> unset = m_buckets.unconfiguredSetting(call))
        return *unset;
    if (hasUnsupportedSubresource(request))
        return call.error(
            501, "NotImplemented", "A header you provided implies functionality that is not implemented");
    if (SandboxResponse settings = m_settings.handle(call); settings.status != 0)
        return settings;
    if (method == "GET")
        return m_listing.list(call);
    if (method == "HEAD")
        return m_buckets.headBucket(call);
    if (method == "DELETE")
        return m_buckets.deleteBucket(call);
    return call.error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
}

SandboxResponse S3Router::objectLevel(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    const QByteArray &method = request.method;
    if (hasUnsupportedSubresource(request))
        return call.error(
            501, "NotImplemented", "A header you provided implies functionality that is not implemented");
    if (request.hasQuery("acl"))
        return m_acl.handle(call);
    if (method == "POST" && request.hasQuery("uploads"))
        return m_multipart.create(call);
    if (request.hasQuery("uploadId")) {
        if (method == "PUT")
            return m_multipart.uploadPart(call);
        if (method == "POST")
            return m_multipart.complete(call);
        if (method == "GET")
            return m_multipart.listParts(call);
        if (method == "DELETE")
            return m_multipart.abort(call);
    }
    if (method == "PUT" && request.hasHeader("x-amz-copy-source"))
        return m_copy.copy(call);
    if (method == "PUT")
        return m_objects.put(call);
    if (method == "GET" || method == "HEAD")
        return m_objects.get(call, method == "HEAD");
    if (method == "DELETE")
        return m_objects.remove(call);
    return call.error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
}
