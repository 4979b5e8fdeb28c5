// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectoperations.h"

#include <QFile>
#include <QXmlStreamReader>

#include "acloperations.h"
#include "auth/crypto.h"
#include "auth/signer.h"
#include "s3call.h"
#include "s3checksums.h"
#include "s3xml.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"
#include "transport/clockskew.h"

using namespace Qt::StringLiterals;

namespace {

bool isStoredHeader(const QByteArray &lowerName)
{
    static const QByteArrayView kept[] = {"cache-control",
        "content-disposition",
        "content-encoding",
        "content-language",
        "expires",
        "x-amz-website-redirect-location"};
    return lowerName.startsWith("x-amz-meta-")
        || std::find(std::begin(kept), std::end(kept), lowerName) != std::end(kept);
}

bool etagMatches(const QByteArray &condition, const QByteArray &etag)
{
    for (const QByteArray &part : condition.split(',')) {
        QByteArray tag = part.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag.startsWith('"') && tag.endsWith('"') && tag.size() >= 2)
            tag = tag.mid(1, tag.size() - 2);
        if (tag == etag)
            return true;
    }
    return false;
}

// One "bytes=a-b", "bytes=a-" or "bytes=-n". Returns false when the header is to be ignored.
bool parseRange(const QByteArray &header, qint64 *first, qint64 *last, bool *suffix)
{
    if (!header.startsWith("bytes=") || header.contains(','))
        return false;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return false;
    bool ok1 = true;
    bool ok2 = true;
    const QByteArray a = spec.left(dash);
    const QByteArray b = spec.mid(dash + 1);
    *suffix = a.isEmpty();
    *first = a.isEmpty() ? -1 : a.toLongLong(&ok1);
    *last = b.isEmpty() ? -1 : b.toLongLong(&ok2);
    if (!ok1 || !ok2 || (a.isEmpty() && b.isEmpty()) || *first < -1 || *last < -1)
        return false;
    return *suffix || *last < 0 || *last >= *first;
}

} // namespace

ObjectOperations::ObjectOperations(SandboxStore *store, const AclOperations *acl)
    : m_store(store)
    , m_acl(acl)
{}

bool ObjectOperations::checkKey(const S3Call &call, SandboxResponse *error)
{
    if (call.key.size() > kMaxKeyBytes) {
        *error = call.error(400, "KeyTooLongError", "Your key is too long");
        return false;
    }
    if (QString::fromUtf8(call.key).toUtf8() != call.key) {
        *error = call.error(400, "InvalidArgument", "The key is not valid UTF-8.");
        return false;
    }
    return true;
}

bool ObjectOperations::checkContentMd5(const S3Call &call, SandboxResponse *error)
{
    const SandboxRequest &request = call.request;
    const QByteArray md5Header = request.header("Content-MD5");
    if (md5Header.isEmpty())
        return true;
    const auto decoded = QByteArray::fromBase64Encoding(md5Header, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16) {
        *error = call.error(400, "InvalidDigest", "The Content-MD5 you specified was not valid.");
        return false;
    }
    if (decoded.decoded != request.bodyMd5) {
        *error = call.error(400,
            "BadDigest",
            "The Content-MD5 you specified did not match what we received.",
            {{"ExpectedDigest", md5Header}, {"CalculatedDigest", request.bodyMd5.toBase64()}});
        return false;
    }
    return true;
}

bool ObjectOperations::checkRedirect(const S3Call &call, SandboxResponse *error)
{
    const QByteArray redirect = call.request.header("x-amz-website-redirect-location");
    if (call.request.hasHeader("x-amz-website-redirect-location") && !redirect.startsWith('/')
        && !redirect.startsWith("http://") && !redirect.startsWith("https://")) {
        *error = call.error(400,
            "InvalidArgument",
            "The website redirect location must have a prefix of 'http://' or 'https://' or '/'.");
        return false;
    }
    return true;
}

QList<HttpHeader> ObjectOperations::storedHeaders(const SandboxRequest &request)
{
    QList<HttpHeader> kept;
    for (const HttpHeader &h : request.headers) {
        const QByteArray lower = h.name.toLower();
        if (isStoredHeader(lower))
            kept.append({lower, h.value});
    }
    return kept;
}

SandboxResponse ObjectOperations::put(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    SandboxResponse refusal;
    if (!checkKey(call, &refusal) || !checkContentMd5(call, &refusal) || !checkRedirect(call, &refusal))
        return refusal;
    const std::optional<QList<HttpHeader>> checksums = S3Checksums::verify(call, &refusal);
    if (!checksums)
        return refusal;
    const std::optional<QByteArray> acl = m_acl->requestedAcl(call, &refusal);
    if (!acl)
        return refusal;
    ObjectInfo info;
    info.acl = *acl;
    info.checksums = *checksums;
    info.key = call.key;
    info.size = request.bodySize;
    info.etag = request.bodyMd5.toHex();
    info.contentType = request.header("Content-Type");
    if (info.contentType.isEmpty())
        info.contentType = "binary/octet-stream";
    info.lastModified = call.now;
    info.storedHeaders = storedHeaders(request);
    SandboxResponse stored;
    stored.addHeader("ETag", '"' + info.etag + '"');
    for (const HttpHeader &c : info.checksums)
        stored.addHeader("x-amz-checksum-" + c.name, c.value);
    // The body is flushed to disk on a worker thread (the other connections go on meanwhile), then
    // named in the index here; the answer comes only once both are done, so an answered PUT is durable.
    SandboxResponse deferred;
    deferred.deferredPool = m_store->flushPool();
    deferred.deferred =
        [store = m_store,
            bucket = call.bucket,
            info,
            file = request.bodyFile,
            body = request.body,
            stored,
            failed = call.error(500, "InternalError", "We encountered an internal error. Please try again."),
            gone = call.error(404,
                "NoSuchBucket",
                "The specified bucket does not exist",
                {{"BucketName", call.bucket}})]() mutable -> SandboxResponse::Finish {
        info.blobId = store->writeBlob(file, body);
        return [store, bucket, info, stored, failed, gone] {
            if (info.blobId.isEmpty())
                return failed;
            if (!store->bucket(bucket)) { // deleted while the body was being flushed
                QFile::remove(store->blobPath(info.blobId));
                return gone;
            }
            QString problem;
            return store->putObjectBlob(bucket, info, &problem) ? stored : failed;
        };
    };
    return deferred;
}

SandboxResponse ObjectOperations::get(const S3Call &call, bool head) const
{
    const SandboxRequest &request = call.request;
    const std::optional<ObjectInfo> object = m_store->object(call.bucket, call.key);
    if (!object)
        return call.error(404, "NoSuchKey", "The specified key does not exist.", {{"Key", call.key}});
    SandboxResponse response;
    response.addHeader("Last-Modified", SigningTime::httpDate(object->lastModified));
    response.addHeader("ETag", '"' + object->etag + '"');
    const QDateTime modified = object->lastModified.addMSecs(-object->lastModified.time().msec());

    const QByteArray ifMatch = request.header("If-Match");
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    const auto since = ClockSkew::parseServerTime(request.header("If-Unmodified-Since"));
    const auto modifiedSince = ClockSkew::parseServerTime(request.header("If-Modified-Since"));
    if ((!ifMatch.isEmpty() && !etagMatches(ifMatch, object->etag))
        || (ifMatch.isEmpty() && since && modified > *since)) {
        SandboxResponse failed = call.error(412,
            "PreconditionFailed",
            "At least one of the pre-conditions you specified did not hold",
            {{"Condition", ifMatch.isEmpty() ? "If-Unmodified-Since" : "If-Match"}});
        return failed;
    }
    if ((!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, object->etag))
        || (ifNoneMatch.isEmpty() && modifiedSince && modified <= *modifiedSince)) {
        response.status = 304;
        response.headOnly = true;
        response.headLength = -1;
        return response;
    }

    response.addHeader("Accept-Ranges", "bytes");
    response.addHeader("Content-Type", object->contentType);
    for (const HttpHeader &h : object->storedHeaders)
        response.addHeader(h.name, h.value);
    // A checksum describes the whole object: S3 leaves it out of a ranged answer.
    if (request.header("x-amz-checksum-mode").compare("ENABLED", Qt::CaseInsensitive) == 0
        && request.header("Range").isEmpty()) {
        for (const HttpHeader &c : object->checksums)
            response.addHeader("x-amz-checksum-" + c.name, c.value);
        if (!object->checksums.isEmpty()) // "…-N" is a multipart object's checksum of part checksums
            response.addHeader("x-amz-checksum-type",
                object->checksums.first().value.contains('-') ? "COMPOSITE" : "FULL_OBJECT");
    }
    // ?partNumber=N: that part of a multipart object, as a 206 (part 1 of any other object is all
    // of it).
    qint64 partOffset = 0;
    qint64 partLength = -1;
    if (request.hasQuery("partNumber")) {
        bool ok = false;
        const int number = request.queryValue("partNumber").toInt(&ok);
        if (!ok || number < 1 || number > 10000)
            return call.error(
                400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive");
        if (!request.header("Range").isEmpty())
            return call.error(
                400, "InvalidRequest", "Cannot specify both Range header and partNumber query parameter");
        if (object->partsCount > 0 && !object->partSizes.isEmpty()) {
            if (!object->partRange(number, &partOffset, &partLength))
                return call.error(416,
                    "InvalidPartNumber",
                    "The requested partnumber is not satisfiable",
                    {{"PartNumberRequested", QByteArray::number(number)},
                        {"ActualPartCount", QByteArray::number(object->partsCount)}});
            response.addHeader("x-amz-mp-parts-count", QByteArray::number(object->partsCount));
        } else if (number != 1) {
            return call.error(416,
                "InvalidPartNumber",
                "The requested partnumber is not satisfiable",
                {{"PartNumberRequested", QByteArray::number(number)}, {"ActualPartCount", "1"}});
        }
    }
    if (!head) {
        for (const char *name : {"content-type",
                 "content-language",
                 "expires",
                 "cache-control",
                 "content-disposition",
                 "content-encoding"}) {
            const QByteArray override = request.queryValue("response-" + QByteArray(name));
            if (request.hasQuery("response-" + QByteArray(name))) {
                response.headers.removeIf(
                    [name](const HttpHeader &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
                response.addHeader(name, override);
            }
        }
    }

    qint64 offset = 0;
    qint64 length = object->size;
    qint64 first = 0;
    qint64 last = 0;
    bool suffix = false;
    const QByteArray range = request.header("Range");
    if (!range.isEmpty() && parseRange(range, &first, &last, &suffix)) {
        if (suffix) {
            first = std::max<qint64>(0, object->size - last);
            last = object->size - 1;
        } else if (last < 0 || last >= object->size) {
            last = object->size - 1;
        }
        if ((suffix && object->size == 0) || (!suffix && first >= object->size) || last < first) {
            SandboxResponse invalid = call.error(416,
                "InvalidRange",
                "The requested range is not satisfiable",
                {{"RangeRequested", range}, {"ActualObjectSize", QByteArray::number(object->size)}});
            invalid.addHeader("Content-Range", "bytes */" + QByteArray::number(object->size));
            return invalid;
        }
        offset = first;
        length = last - first + 1;
        response.status = 206;
        response.addHeader("Content-Range",
            "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                + QByteArray::number(object->size));
    }
    if (partLength >= 0) {
        offset = partOffset;
        length = partLength;
        response.status = 206;
        response.addHeader("Content-Range",
            "bytes " + QByteArray::number(offset) + '-' + QByteArray::number(offset + length - 1) + '/'
                + QByteArray::number(object->size));
    }
    if (head) {
        response.headOnly = true;
        response.headLength = length;
    } else {
        response.bodyFile = m_store->blobPath(object->blobId);
        response.bodyOffset = offset;
        response.bodyLength = length;
    }
    return response;
}

SandboxResponse ObjectOperations::remove(const S3Call &call) const
{
    m_store->deleteObject(call.bucket, call.key);
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse ObjectOperations::removeMany(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    const QByteArray md5Header = request.header("Content-MD5");
    if (!md5Header.isEmpty() && QByteArray::fromBase64(md5Header) != request.bodyMd5)
        return call.error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
    QXmlStreamReader reader(request.body);
    bool quiet = false;
    bool malformed = false;
    QList<QByteArray> keys;
    while (!reader.atEnd() && !malformed) {
        reader.readNext();
        malformed = reader.tokenType() == QXmlStreamReader::DTD;
        if (reader.isStartElement() && reader.name() == "Quiet"_L1)
            quiet = reader.readElementText().trimmed() == "true"_L1;
        else if (reader.isStartElement() && reader.name() == "Key"_L1)
            keys.append(reader.readElementText().toUtf8());
    }
    if (malformed || reader.hasError() || keys.isEmpty() || keys.size() > 1000) {
        return call.error(400,
            "MalformedXML",
            "The XML you provided was not well-formed or did not validate against our published schema");
    }
    QByteArray xml = S3Xml::open("DeleteResult");
    for (const QByteArray &key : std::as_const(keys)) {
        m_store->deleteObject(call.bucket, key);
        if (!quiet)
            xml.append("<Deleted>").append(S3Xml::element("Key", key)).append("</Deleted>");
    }
    xml.append("</DeleteResult>");
    return call.xml(std::move(xml));
}
