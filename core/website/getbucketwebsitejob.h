// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "s3/s3job.h"
#include "website/websiteconfiguration.h"

struct GetBucketWebsiteResult
{
    ApiError error;
    // nullopt with error.isOk(): the bucket has no website configuration (hosting is off).
    std::optional<WebsiteConfiguration> configuration;
    QByteArray xml; // the document as it came
};

// GetBucketWebsite (?website, or ?websiteConfig on Google Cloud Storage), parsed off the GUI thread.
class GetBucketWebsiteJob final : public S3Job
{
    Q_OBJECT
public:
    GetBucketWebsiteJob(S3Client *client, QString bucket);
    void start();

Q_SIGNALS:
    void finished(const GetBucketWebsiteResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, std::nullopt, {}}); }
    void finish(GetBucketWebsiteResult result);

    QString m_bucket;
};
