// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyoperations.h"

#include "acloperations.h"
#include "auth/uriencode.h"
#include "objectoperations.h"
#include "s3call.h"
#include "s3xml.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"

CopyOperations::CopyOperations(SandboxStore *store, const AclOperations *acl)
    : m_store(store)
    , m_acl(acl)
{}

std::optional<ObjectInfo> CopyOperations::source(
    const S3Call &call, const SandboxStore *store, SandboxResponse *error, QByteArray *bucketOut)
{
    QByteArray raw = call.request.header("x-amz-copy-source");
    const qsizetype question = raw.indexOf('?');
    if (question >= 0) {
        const QByteArray version = raw.mid(question + 1);
        raw.truncate(question);
        if (version.startsWith("versionId=") && version != "versionId=null") {
            *error = call.error(400, "InvalidArgument", "Invalid version id specified");
            return std::nullopt;
        }
    }
    QByteArray decoded = UriEncode::decode(raw);
    if (decoded.startsWith('/'))
        decoded.remove(0, 1);
    const qsizetype slash = decoded.indexOf('/');
    if (slash <= 0 || slash == decoded.size() - 1) {
        *error = call.error(400,
            "InvalidArgument",
            "Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
            {{"ArgumentName", "x-amz-copy-source"},
                {"ArgumentValue", call.request.header("x-amz-copy-source")}});
        return std::nullopt;
    }
    const QByteArray bucket = decoded.left(slash);
    const QByteArray key = decoded.mid(slash + 1);
    if (!store->bucket(bucket)) {
        *error = call.error(
            404, "NoSuchBucket", "The specified bucket does not exist", {{"BucketName", bucket}});
        return std::nullopt;
    }
    if (bucketOut)
        *bucketOut = bucket;
    std::optional<ObjectInfo> object = store->object(bucket, key);
    if (!object)
        *error = call.error(404, "NoSuchKey", "The specified key does not exist.", {{"Key", key}});
    return object;
}

SandboxResponse CopyOperations::copy(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    SandboxResponse refusal;
    if (!ObjectOperations::checkKey(call, &refusal))
        return refusal;
    QByteArray sourceBucket;
    const std::optional<ObjectInfo> source = CopyOperations::source(call, m_store, &refusal, &sourceBucket);
    if (!source)
        return refusal;
    const QByteArray directive = request.header("x-amz-metadata-directive").toUpper();
    if (!directive.isEmpty() && directive != "COPY" && directive != "REPLACE")
        return call.error(400, "InvalidArgument", "Unknown metadata directive.");
    const bool replace = directive == "REPLACE";
    const QByteArray redirect = request.header("x-amz-website-redirect-location");
    if (!replace && redirect.isEmpty() && sourceBucket == call.bucket && source->key == call.key)
        return call.error(400,
            "InvalidRequest",
            "This copy request is illegal because it is trying to copy an object to itself without changing "
            "the "
            "object's metadata, storage class, website redirect location or encryption attributes.");
    if (!ObjectOperations::checkRedirect(call, &refusal))
        return refusal;
    const std::optional<QByteArray> acl = m_acl->requestedAcl(call, &refusal);
    if (!acl)
        return refusal;
    ObjectInfo info;
    info.key = call.key;
    info.size = source->size;
    info.etag = source->etag;
    info.lastModified = call.now;
    info.acl = *acl;
    info.partsCount = source->partsCount;
    info.partSizes = source->partSizes;
    if (replace) {
        info.contentType = request.header("Content-Type");
        if (info.contentType.isEmpty())
            info.contentType = "binary/octet-stream";
        info.storedHeaders = ObjectOperations::storedHeaders(request);
    } else {
        info.contentType = source->contentType;
        info.checksums = source->checksums;
        // The redirect location belongs to one object: never copied, only set anew.
        for (const HttpHeader &h : source->storedHeaders) {
            if (h.name != "x-amz-website-redirect-location")
                info.storedHeaders.append(h);
        }
        if (!redirect.isEmpty())
            info.storedHeaders.append({"x-amz-website-redirect-location", redirect});
    }
    QByteArray md5;
    const QString file = m_store->copyBlobRange(source->blobId, 0, source->size, &md5);
    QString problem;
    if (file.isEmpty() || !m_store->putObjectFile(call.bucket, info, file, &problem))
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    QByteArray xml = S3Xml::open("CopyObjectResult");
    xml.append(S3Xml::element("LastModified", S3Xml::isoTime(info.lastModified)));
    xml.append(S3Xml::element("ETag", '"' + info.etag + '"')).append("</CopyObjectResult>");
    return call.xml(std::move(xml));
}
