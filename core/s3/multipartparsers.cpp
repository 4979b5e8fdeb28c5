// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/multipartparsers.h"

#include "s3/xmldocument.h"
#include "transport/errorbodyparser.h"

using namespace Qt::StringLiterals;

Result<MultipartUploadStart> parseInitiateMultipartUpload(const QByteArray &body)
{
    MultipartUploadStart start;
    const ApiError error = XmlDocument::walk(
        body, u"InitiateMultipartUploadResult", [&](const QString &path, const QString &text) {
            if (path == u"Bucket")
                start.bucket = text;
            else if (path == u"Key")
                start.key = text;
            else if (path == u"UploadId")
                start.uploadId = text;
        });
    if (!error.isOk())
        return Result<MultipartUploadStart>::failure(error);
    if (start.uploadId.isEmpty())
        return Result<MultipartUploadStart>::failure(ApiError(
            ApiError::Kind::Parse, ApiError::tr("the server started an upload but gave no upload id")));
    return Result<MultipartUploadStart>::success(std::move(start));
}

Result<PartList> parseListParts(const QByteArray &body)
{
    PartList list;
    PartEntry current;
    const ApiError error = XmlDocument::walk(
        body,
        u"ListPartsResult",
        [&](const QString &path, const QString &text) {
            if (path == u"Part/PartNumber")
                current.partNumber = text.toInt();
            else if (path == u"Part/ETag")
                current.etag = text.toUtf8();
            else if (path == u"Part/Size")
                current.size = text.toLongLong();
            else if (path == u"Part/LastModified")
                current.lastModified = XmlDocument::parseTime(text);
            else if (path == u"Part/ChecksumCRC32C")
                current.checksumCrc32c = text.trimmed().toUtf8();
            else if (path == u"ChecksumAlgorithm")
                list.checksumAlgorithm = text.trimmed();
            else if (path == u"UploadId")
                list.uploadId = text;
            else if (path == u"IsTruncated")
                list.truncated = text.trimmed() == u"true";
            else if (path == u"NextPartNumberMarker")
                list.nextPartNumberMarker = text.toInt();
        },
        [&](const QString &path) {
            if (path == u"Part") {
                list.parts.append(current);
                current = PartEntry();
            }
        });
    if (!error.isOk())
        return Result<PartList>::failure(error);
    if (list.truncated && list.nextPartNumberMarker <= 0)
        return Result<PartList>::failure(ApiError(
            ApiError::Kind::Parse, ApiError::tr("the part list says there is more but gives no marker")));
    return Result<PartList>::success(std::move(list));
}

Result<MultipartUploadList> parseListMultipartUploads(const QByteArray &body)
{
    MultipartUploadList list;
    MultipartUploadEntry current;
    const ApiError error = XmlDocument::walk(
        body,
        u"ListMultipartUploadsResult",
        [&](const QString &path, const QString &text) {
            if (path == u"Upload/Key")
                current.key = text;
            else if (path == u"Upload/UploadId")
                current.uploadId = text;
            else if (path == u"Upload/Initiated")
                current.initiated = XmlDocument::parseTime(text);
            else if (path == u"IsTruncated")
                list.truncated = text.trimmed() == u"true";
            else if (path == u"NextKeyMarker")
                list.nextKeyMarker = text;
            else if (path == u"NextUploadIdMarker")
                list.nextUploadIdMarker = text;
        },
        [&](const QString &path) {
            if (path == u"Upload") {
                list.uploads.append(std::move(current));
                current = MultipartUploadEntry();
            }
        });
    if (!error.isOk())
        return Result<MultipartUploadList>::failure(error);
    if (list.truncated && list.nextKeyMarker.isEmpty() && list.nextUploadIdMarker.isEmpty())
        return Result<MultipartUploadList>::failure(ApiError(
            ApiError::Kind::Parse, ApiError::tr("the upload list says there is more but gives no marker")));
    return Result<MultipartUploadList>::success(std::move(list));
}

Result<CompletedUpload> parseCompleteMultipartUpload(const QByteArray &body)
{
    if (const auto e = parseServiceError(body)) {
        ApiError error(ApiError::Kind::Service, e->message);
        error.setHttpStatus(200).setServiceCode(e->code).setRequestId(e->requestId);
        return Result<CompletedUpload>::failure(error);
    }
    CompletedUpload done;
    bool sawEtag = false;
    const ApiError error = XmlDocument::walk(
        body, u"CompleteMultipartUploadResult", [&](const QString &path, const QString &text) {
            if (path == u"Location")
                done.location = text;
            else if (path == u"Bucket")
                done.bucket = text;
            else if (path == u"Key")
                done.key = text;
            else if (path == u"ETag") {
                done.etag = text.toUtf8();
                sawEtag = true;
            }
        });
    if (!error.isOk())
        return Result<CompletedUpload>::failure(error);
    // radosgw (16.2) answers with an empty <ETag></ETag>: the upload is complete all the same, and
    // CompleteMultipartUploadJob reads the ETag back with a HEAD. No ETag element at all is refused.
    if (!sawEtag)
        return Result<CompletedUpload>::failure(ApiError(
            ApiError::Kind::Parse, ApiError::tr("the server's answer to completing the upload has no ETag")));
    return Result<CompletedUpload>::success(std::move(done));
}

Result<PartEntry> parseCopyPartResult(const QByteArray &body)
{
    if (const auto e = parseServiceError(body)) {
        ApiError error(ApiError::Kind::Service, e->message);
        error.setHttpStatus(200).setServiceCode(e->code).setRequestId(e->requestId);
        return Result<PartEntry>::failure(error);
    }
    PartEntry part;
    const ApiError error
        = XmlDocument::walk(body, u"CopyPartResult", [&](const QString &path, const QString &text) {
              if (path == u"ETag")
                  part.etag = text.toUtf8();
              else if (path == u"LastModified")
                  part.lastModified = XmlDocument::parseTime(text);
          });
    if (!error.isOk())
        return Result<PartEntry>::failure(error);
    if (part.etag.isEmpty())
        return Result<PartEntry>::failure(ApiError(
            ApiError::Kind::Parse, ApiError::tr("the server's answer to copying a part has no ETag")));
    return Result<PartEntry>::success(std::move(part));
}

Result<DeleteOutcome> parseDeleteObjects(const QByteArray &body)
{
    DeleteOutcome outcome;
    QString key;
    DeleteOutcome::Failure failure;
    const ApiError error = XmlDocument::walk(
        body,
        u"DeleteResult",
        [&](const QString &path, const QString &text) {
            if (path == u"Deleted/Key")
                key = text;
            else if (path == u"Error/Key")
                failure.key = text;
            else if (path == u"Error/Code")
                failure.code = text;
            else if (path == u"Error/Message")
                failure.message = text;
        },
        [&](const QString &path) {
            if (path == u"Deleted") {
                outcome.deleted.append(key);
                key.clear();
            } else if (path == u"Error") {
                outcome.errors.append(failure);
                failure = DeleteOutcome::Failure();
            }
        });
    if (!error.isOk())
        return Result<DeleteOutcome>::failure(error);
    return Result<DeleteOutcome>::success(std::move(outcome));
}
