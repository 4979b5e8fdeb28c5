// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>

#include "s3/s3job.h"
#include "s3/s3types.h"

struct CreateMultipartUploadRequest
{
    QString bucket;
    QString key;
    QString contentType;
    QMap<QString, QString> metadata;
    // x-amz-checksum-algorithm ("CRC32C"): every part then carries that checksum and the completion
    // lists it per part. Empty: none (parts with Content-MD5).
    QByteArray checksumAlgorithm;
};

struct CreateMultipartUploadResult
{
    ApiError error;
    MultipartUploadStart upload;
};

// CreateMultipartUpload (POST ?uploads): the upload id the parts are sent under.
class CreateMultipartUploadJob final : public S3Job
{
    Q_OBJECT
public:
    CreateMultipartUploadJob(S3Client *client, CreateMultipartUploadRequest request);
    void start();

Q_SIGNALS:
    void finished(const CreateMultipartUploadResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}}); }
    void finish(const CreateMultipartUploadResult &result);

    CreateMultipartUploadRequest m_request;
};
