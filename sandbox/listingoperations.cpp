// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingoperations.h"

#include "bucketoperations.h"
#include "s3call.h"
#include "s3xml.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"

namespace {

// Continuation tokens are opaque to clients: the point to continue after, in base64url.
QByteArray makeToken(const QByteArray &after)
{
    return ("k:" + after).toBase64(QByteArray::Base64UrlEncoding);
}

bool readToken(const QByteArray &token, QByteArray *after)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("k:"))
        return false;
    *after = decoded.decoded.mid(2);
    return true;
}

} // namespace

ListingOperations::ListingOperations(SandboxStore *store)
    : m_store(store)
{}

SandboxResponse ListingOperations::list(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    const bool v2 = request.queryValue("list-type") == "2";
    const QByteArray encodingType = request.queryValue("encoding-type");
    if (request.hasQuery("encoding-type") && encodingType != "url")
        return call.error(400, "InvalidArgument", "Invalid Encoding Method specified in Request");
    const bool url = encodingType == "url";
    const auto text = [url](const QByteArray &value) {
        return url ? S3Xml::urlEncode(value) : value;
    };

    ListQuery query;
    query.prefix = request.queryValue("prefix");
    query.delimiter = request.queryValue("delimiter");
    if (request.hasQuery("max-keys")) {
        bool ok = false;
        query.maxKeys = request.queryValue("max-keys").toInt(&ok);
        if (!ok || query.maxKeys < 0)
            return call.error(
                400, "InvalidArgument", "Provided max-keys not an integer or within integer range");
        query.maxKeys = std::min(query.maxKeys, 1000);
    }
    const QByteArray token = request.queryValue("continuation-token");
    const QByteArray startAfter = request.queryValue("start-after");
    const QByteArray marker = request.queryValue("marker");
    if (v2 && request.hasQuery("continuation-token")) {
        if (!readToken(token, &query.after))
            return call.error(400, "InvalidArgument", "The continuation token provided is incorrect");
    } else {
        query.after = v2 ? startAfter : marker;
    }
    const ListPage page = m_store->list(call.bucket, query);

    QByteArray xml = S3Xml::open("ListBucketResult");
    xml.append(S3Xml::element("Name", call.bucket));
    xml.append(S3Xml::element("Prefix", text(query.prefix)));
    if (v2) {
        if (request.hasQuery("start-after"))
            xml.append(S3Xml::element("StartAfter", text(startAfter)));
        if (request.hasQuery("continuation-token"))
            xml.append(S3Xml::element("ContinuationToken", token));
        xml.append(
            S3Xml::element("KeyCount", QByteArray::number(page.objects.size() + page.commonPrefixes.size())));
    } else {
        xml.append(S3Xml::element("Marker", text(marker)));
        if (page.truncated && !query.delimiter.isEmpty())
            xml.append(S3Xml::element("NextMarker", text(page.last)));
    }
    xml.append(S3Xml::element("MaxKeys", QByteArray::number(query.maxKeys)));
    if (!query.delimiter.isEmpty())
        xml.append(S3Xml::element("Delimiter", text(query.delimiter)));
    if (url)
        xml.append(S3Xml::element("EncodingType", "url"));
    xml.append(S3Xml::element("IsTruncated", page.truncated ? "true" : "false"));
    if (v2 && page.truncated)
        xml.append(S3Xml::element("NextContinuationToken", makeToken(page.last)));
    const bool owner = !v2 || request.queryValue("fetch-owner") == "true";
    for (const ObjectInfo &o : page.objects) {
        xml.append("<Contents>").append(S3Xml::element("Key", text(o.key)));
        xml.append(S3Xml::element("LastModified", S3Xml::isoTime(o.lastModified)));
        xml.append(S3Xml::element("ETag", '"' + o.etag + '"'));
        xml.append(S3Xml::element("Size", QByteArray::number(o.size)));
        if (owner) {
            xml.append("<Owner>").append(S3Xml::element("ID", BucketOperations::kOwnerId));
            xml.append(S3Xml::element("DisplayName", BucketOperations::kOwnerName)).append("</Owner>");
        }
        xml.append(S3Xml::element("StorageClass", "STANDARD")).append("</Contents>");
    }
    for (const QByteArray &prefix : page.commonPrefixes)
        xml.append("<CommonPrefixes>")
            .append(S3Xml::element("Prefix", text(prefix)))
            .append("</CommonPrefixes>");
    xml.append("</ListBucketResult>");
    return call.xml(std::move(xml));
}
