// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"

struct DeleteBucketResult
{
    ApiError error;
};

// DeleteBucket: the bucket must be empty (BucketNotEmpty otherwise).
class DeleteBucketJob final : public S3Job
{
    Q_OBJECT
public:
    DeleteBucketJob(S3Client *client, BucketRequest request);
    void start();

Q_SIGNALS:
    void finished(const DeleteBucketResult &result);

private:
    void finishWithError(const ApiError &error) override;

    BucketRequest m_request;
};
