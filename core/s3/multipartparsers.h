// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "s3/s3types.h"
#include "transport/result.h"

// Multipart upload and batch delete answers.
Result<MultipartUploadStart> parseInitiateMultipartUpload(const QByteArray &body);
Result<PartList> parseListParts(const QByteArray &body);
Result<MultipartUploadList> parseListMultipartUploads(const QByteArray &body);
// A 200 answer may still carry <Error> (S3 sends the status before it knows): that is a failure.
Result<CompletedUpload> parseCompleteMultipartUpload(const QByteArray &body);
// UploadPartCopy's <CopyPartResult> (ETag, LastModified); an <Error> inside a 200 is a failure.
Result<PartEntry> parseCopyPartResult(const QByteArray &body);
Result<DeleteOutcome> parseDeleteObjects(const QByteArray &body);
