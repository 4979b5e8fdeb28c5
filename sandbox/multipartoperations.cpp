// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartoperations.h"

#include <QFile>

#include "acloperations.h"
#include "bucketoperations.h"
#include "copyoperations.h"
#include "objectoperations.h"
#include "s3call.h"
#include "s3checksums.h"
#include "s3xml.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"

using namespace Qt::StringLiterals;

MultipartOperations::MultipartOperations(SandboxStore *store, const AclOperations *acl)
    : m_store(store)
    , m_acl(acl)
    , m_uploads(store)
{}

std::optional<UploadInfo> MultipartOperations::findUpload(const S3Call &call, SandboxResponse *error) const
{
    const QByteArray id = call.request.queryValue("uploadId");
    std::optional<UploadInfo> upload = m_uploads.upload(id);
    if (!upload || upload->bucket != call.bucket || upload->key != call.key) {
        *error = call.error(404,
            "NoSuchUpload",
            "The specified upload does not exist. The upload ID may be invalid, or the upload may have been "
            "aborted or completed.",
            {{"UploadId", id}});
        return std::nullopt;
    }
    return upload;
}

SandboxResponse MultipartOperations::create(const S3Call &call) const
{
    SandboxResponse refusal;
    if (!ObjectOperations::checkKey(call, &refusal))
        return refusal;
    const std::optional<QByteArray> acl = m_acl->requestedAcl(call, &refusal);
    if (!acl)
        return refusal;
    // x-amz-checksum-algorithm: every part then has that checksum (sent and verified, or computed)
    // and the completion must list it per part.
    const QByteArray algorithm = call.request.header("x-amz-checksum-algorithm").trimmed().toLower();
    if (!algorithm.isEmpty() && !S3Checksums::isVerifiedAlgorithm(algorithm))
        return call.error(400,
            "InvalidRequest",
            "The sandbox verifies the CRC32C and SHA256 checksum algorithms only; got "
                + algorithm.toUpper());
    UploadInfo info;
    info.bucket = call.bucket;
    info.key = call.key;
    info.initiated = call.now;
    info.contentType = call.request.header("Content-Type");
    info.storedHeaders = ObjectOperations::storedHeaders(call.request);
    info.acl = *acl;
    info.checksumAlgorithm = algorithm;
    const QByteArray id = m_uploads.create(info);
    if (id.isEmpty())
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    QByteArray xml = S3Xml::open("InitiateMultipartUploadResult");
    xml.append(S3Xml::element("Bucket", call.bucket)).append(S3Xml::element("Key", call.key));
    xml.append(S3Xml::element("UploadId", id)).append("</InitiateMultipartUploadResult>");
    SandboxResponse response = call.xml(std::move(xml));
    if (!algorithm.isEmpty())
        response.addHeader("x-amz-checksum-algorithm", algorithm.toUpper());
    return response;
}

SandboxResponse MultipartOperations::uploadPart(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    bool ok = false;
    const int number = request.queryValue("partNumber").toInt(&ok);
    if (!ok || number < 1 || number > kMaxPartNumber)
        return call.error(400,
            "InvalidArgument",
            "Part number must be an integer between 1 and 10000, inclusive",
            {{"ArgumentName", "partNumber"}, {"ArgumentValue", request.queryValue("partNumber")}});
    SandboxResponse refusal;
    const std::optional<UploadInfo> upload = findUpload(call, &refusal);
    if (!upload)
        return refusal;
    if (request.hasHeader("x-amz-copy-source"))
        return uploadPartCopy(call, *upload, number);
    if (!ObjectOperations::checkContentMd5(call, &refusal))
        return refusal;
    const std::optional<QList<HttpHeader>> checksums
        = S3Checksums::verifyPart(call, upload->checksumAlgorithm, &refusal);
    if (!checksums)
        return refusal;
    PartInfo part;
    part.number = number;
    part.size = request.bodySize;
    part.etag = request.bodyMd5.toHex();
    part.lastModified = call.now;
    part.checksums = *checksums;
    QString file = request.bodyFile;
    if (file.isEmpty()) {
        file = m_store->newTempFile(u"part");
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(request.body) != request.body.size()
            || !out.flush()) {
            out.remove();
            return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
        }
    }
    if (!m_uploads.putPart(upload->id, part, file))
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    SandboxResponse response;
    response.addHeader("ETag", '"' + part.etag + '"');
    for (const HttpHeader &c : part.checksums)
        response.addHeader("x-amz-checksum-" + c.name, c.value);
    return response;
}

SandboxResponse MultipartOperations::uploadPartCopy(
    const S3Call &call, const UploadInfo &upload, int number) const
{
    SandboxResponse refusal;
    const std::optional<ObjectInfo> source = CopyOperations::source(call, m_store, &refusal);
    if (!source)
        return refusal;
    qint64 first = 0;
    qint64 last = source->size - 1;
    const QByteArray range = call.request.header("x-amz-copy-source-range");
    if (!range.isEmpty()) {
        const QList<QByteArray> bounds
            = range.startsWith("bytes=") ? range.mid(6).split('-') : QList<QByteArray>();
        bool ok1 = false;
        bool ok2 = false;
        if (bounds.size() == 2) {
            first = bounds[0].toLongLong(&ok1);
            last = bounds[1].toLongLong(&ok2);
        }
        if (!ok1 || !ok2 || first < 0 || last < first || last >= source->size)
            return call.error(400,
                "InvalidArgument",
                "Range specified is not valid for source object of size: " + QByteArray::number(source->size),
                {{"ArgumentName", "x-amz-copy-source-range"}, {"ArgumentValue", range}});
    }
    PartInfo part;
    part.number = number;
    part.size = last - first + 1;
    part.lastModified = call.now;
    QByteArray md5;
    const QString file = m_store->copyBlobRange(source->blobId, first, part.size, &md5);
    if (file.isEmpty())
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    part.etag = md5.toHex();
    if (!upload.checksumAlgorithm.isEmpty()) // the completion will have to name it, as for any part
        part.checksums.append(
            {upload.checksumAlgorithm, S3Checksums::fileChecksum(file, upload.checksumAlgorithm)});
    if (!m_uploads.putPart(upload.id, part, file))
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    QByteArray xml = S3Xml::open("CopyPartResult");
    xml.append(S3Xml::element("LastModified", S3Xml::isoTime(part.lastModified)));
    xml.append(S3Xml::element("ETag", '"' + part.etag + '"'));
    for (const HttpHeader &c : std::as_const(part.checksums))
        xml.append(S3Xml::element("Checksum" + c.name.toUpper(), c.value));
    xml.append("</CopyPartResult>");
    return call.xml(std::move(xml));
}

SandboxResponse MultipartOperations::abort(const S3Call &call) const
{
    SandboxResponse refusal;
    const std::optional<UploadInfo> upload = findUpload(call, &refusal);
    if (!upload)
        return refusal;
    m_uploads.remove(upload->id);
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse MultipartOperations::listParts(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    SandboxResponse refusal;
    const std::optional<UploadInfo> upload = findUpload(call, &refusal);
    if (!upload)
        return refusal;
    bool ok = true;
    const int marker
        = request.hasQuery("part-number-marker") ? request.queryValue("part-number-marker").toInt(&ok) : 0;
    int maxParts = 1000;
    if (ok && request.hasQuery("max-parts"))
        maxParts = request.queryValue("max-parts").toInt(&ok);
    if (!ok || marker < 0 || maxParts < 0)
        return call.error(400, "InvalidArgument", "Invalid part-number-marker or max-parts");
    maxParts = std::min(maxParts, 1000);
    QList<PartInfo> parts = m_uploads.parts(upload->id, marker, maxParts + 1);
    const bool truncated = parts.size() > maxParts;
    if (truncated)
        parts.removeLast();
    QByteArray owner = S3Xml::element("ID", BucketOperations::kOwnerId);
    owner.append(S3Xml::element("DisplayName", BucketOperations::kOwnerName));
    QByteArray xml = S3Xml::open("ListPartsResult");
    xml.append(S3Xml::element("Bucket", call.bucket)).append(S3Xml::element("Key", call.key));
    xml.append(S3Xml::element("UploadId", upload->id));
    xml.append("<Initiator>").append(owner).append("</Initiator><Owner>").append(owner).append("</Owner>");
    xml.append(S3Xml::element("StorageClass", "STANDARD"));
    if (!upload->checksumAlgorithm.isEmpty())
        xml.append(S3Xml::element("ChecksumAlgorithm", upload->checksumAlgorithm.toUpper()));
    xml.append(S3Xml::element("PartNumberMarker", QByteArray::number(marker)));
    if (!parts.isEmpty())
        xml.append(S3Xml::element("NextPartNumberMarker", QByteArray::number(parts.last().number)));
    xml.append(S3Xml::element("MaxParts", QByteArray::number(maxParts)));
    xml.append(S3Xml::element("IsTruncated", truncated ? "true" : "false"));
    for (const PartInfo &part : std::as_const(parts)) {
        xml.append("<Part>").append(S3Xml::element("PartNumber", QByteArray::number(part.number)));
        xml.append(S3Xml::element("LastModified", S3Xml::isoTime(part.lastModified)));
        xml.append(S3Xml::element("ETag", '"' + part.etag + '"'));
        for (const HttpHeader &c : part.checksums)
            xml.append(S3Xml::element("Checksum" + c.name.toUpper(), c.value));
        xml.append(S3Xml::element("Size", QByteArray::number(part.size))).append("</Part>");
    }
    xml.append("</ListPartsResult>");
    return call.xml(std::move(xml));
}

SandboxResponse MultipartOperations::listUploads(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    bool ok = true;
    int maxUploads = 1000;
    if (request.hasQuery("max-uploads"))
        maxUploads = request.queryValue("max-uploads").toInt(&ok);
    if (!ok || maxUploads < 0)
        return call.error(
            400, "InvalidArgument", "Argument max-uploads must be an integer between 0 and 2147483647");
    maxUploads = std::min(maxUploads, 1000);
    const QByteArray prefix = request.queryValue("prefix");
    const QByteArray keyMarker = request.queryValue("key-marker");
    const QByteArray idMarker = request.queryValue("upload-id-marker");
    QList<UploadInfo> uploads = m_uploads.uploads(call.bucket, prefix, keyMarker, idMarker, maxUploads);
    const bool truncated = uploads.size() > maxUploads;
    if (truncated)
        uploads.removeLast();
    const bool url = request.queryValue("encoding-type") == "url";
    const auto text = [url](const QByteArray &value) {
        return url ? S3Xml::urlEncode(value) : value;
    };
    QByteArray owner = S3Xml::element("ID", BucketOperations::kOwnerId);
    owner.append(S3Xml::element("DisplayName", BucketOperations::kOwnerName));
    QByteArray xml = S3Xml::open("ListMultipartUploadsResult");
    xml.append(S3Xml::element("Bucket", call.bucket));
    xml.append(S3Xml::element("KeyMarker", text(keyMarker)))
        .append(S3Xml::element("UploadIdMarker", idMarker));
    if (truncated && !uploads.isEmpty()) {
        xml.append(S3Xml::element("NextKeyMarker", text(uploads.last().key)));
        xml.append(S3Xml::element("NextUploadIdMarker", uploads.last().id));
    }
    if (url)
        xml.append(S3Xml::element("EncodingType", "url"));
    xml.append(S3Xml::element("Prefix", text(prefix)));
    xml.append(S3Xml::element("MaxUploads", QByteArray::number(maxUploads)));
    xml.append(S3Xml::element("IsTruncated", truncated ? "true" : "false"));
    for (const UploadInfo &u : std::as_const(uploads)) {
        xml.append("<Upload>")
            .append(S3Xml::element("Key", text(u.key)))
            .append(S3Xml::element("UploadId", u.id));
        xml.append("<Initiator>")
            .append(owner)
            .append("</Initiator><Owner>")
            .append(owner)
            .append("</Owner>");
        xml.append(S3Xml::element("StorageClass", "STANDARD"));
        xml.append(S3Xml::element("Initiated", S3Xml::isoTime(u.initiated))).append("</Upload>");
    }
    xml.append("</ListMultipartUploadsResult>");
    return call.xml(std::move(xml));
}
