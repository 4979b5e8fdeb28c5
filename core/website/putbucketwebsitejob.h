// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "s3/s3job.h"
#include "website/websiteconfiguration.h"

struct BucketWebsiteResult
{
    ApiError error;
};

// PutBucketWebsite: refuses, without sending anything, a configuration with problems(); sends the
// lossless toXml() otherwise. DeleteBucketWebsite (GCS: an empty websiteConfig) turns hosting off.
class PutBucketWebsiteJob final : public S3Job
{
    Q_OBJECT
public:
    PutBucketWebsiteJob(S3Client *client, QString bucket, std::optional<WebsiteConfiguration> configuration);
    static PutBucketWebsiteJob *remove(S3Client *client, const QString &bucket)
    {
        return new PutBucketWebsiteJob(client, bucket, std::nullopt);
    }
    void start();

Q_SIGNALS:
    void finished(const BucketWebsiteResult &result);

private:
    void finishWithError(const ApiError &error) override;

    QString m_bucket;
    std::optional<WebsiteConfiguration> m_configuration; // nullopt: delete
};
