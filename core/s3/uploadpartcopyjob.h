// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"

struct UploadPartCopyRequest
{
    QString bucket; // destination, with its multipart upload
    QString key;
    QString uploadId;
    int partNumber = 1; // 1 to 10,000
    QString sourceBucket;
    QString sourceKey;
    qint64 first = -1; // x-amz-copy-source-range bytes=first-last; -1: the whole source
    qint64 last = -1;
};

struct UploadPartCopyResult
{
    ApiError error; // an <Error> inside a 200 is a failure too
    int partNumber = 0;
    QByteArray etag; // quotes as the server sent them
};

// UploadPartCopy (PUT ?partNumber&uploadId with x-amz-copy-source and x-amz-copy-source-range): one
// part of a multipart upload copied on the server from a range of another object. How objects over
// CopyObject's 5 GB limit are copied.
class UploadPartCopyJob final : public S3Job
{
    Q_OBJECT
public:
    UploadPartCopyJob(S3Client *client, UploadPartCopyRequest request);
    void start();

Q_SIGNALS:
    void finished(const UploadPartCopyResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, m_request.partNumber, {}}); }
    void finish(const UploadPartCopyResult &result);

    UploadPartCopyRequest m_request;
};
