// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "s3/s3job.h"
#include "s3/s3types.h"

struct CompleteMultipartUploadRequest
{
    QString bucket;
    QString key;
    QString uploadId;
    // partNumber, etag and, for an upload created with the CRC32C algorithm, checksumCrc32c; sent
    // in ascending part order.
    QList<PartEntry> parts;
};

struct CompleteMultipartUploadResult
{
    ApiError error; // an <Error> inside a 200 is a failure too
    CompletedUpload upload;
};

// CompleteMultipartUpload (POST ?uploadId with the part list).
class CompleteMultipartUploadJob final : public S3Job
{
    Q_OBJECT
public:
    CompleteMultipartUploadJob(S3Client *client, CompleteMultipartUploadRequest request);
    void start();

    static QByteArray completionXml(QList<PartEntry> parts); // public for tests

Q_SIGNALS:
    void finished(const CompleteMultipartUploadResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}}); }
    void finish(const CompleteMultipartUploadResult &result);
    void readEtagBack(CompletedUpload done); // the server answered an empty <ETag> (radosgw)

    CompleteMultipartUploadRequest m_request;
};
