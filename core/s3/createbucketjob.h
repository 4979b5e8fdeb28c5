// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"

struct CreateBucketResult
{
    ApiError error;
    QString region; // where the bucket was created
};

// CreateBucket, with a CreateBucketConfiguration/LocationConstraint for any region but us-east-1
// (which refuses one), sent to and signed for that region.
class CreateBucketJob final : public S3Job
{
    Q_OBJECT
public:
    CreateBucketJob(S3Client *client, BucketRequest request);
    void start();

    // The body for `region`; empty for us-east-1 and for no region (public for tests).
    static QByteArray configurationXml(const QString &region);

Q_SIGNALS:
    void finished(const CreateBucketResult &result);

private:
    void finishWithError(const ApiError &error) override;

    BucketRequest m_request;
    QString m_region;
};
