// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

struct CloudProfile;

// Where a bucket's website is served, per provider and region. Website endpoints are plain http:
// AWS's have no TLS.
struct WebsiteEndpoint
{
    QUrl url;     // what to copy and open; empty when there is none (see problem)
    QString host; // the Host the endpoint serves the bucket under (AWS, sandbox by name)
    // For people: how the URL works or why there is none.
    QString note;
    QString problem; // non-empty: no website endpoint can be given

    bool isValid() const { return problem.isEmpty() && url.isValid() && !url.isEmpty(); }

    // AWS's website host for `region` ("", "US" and "EU" are old GetBucketLocation answers):
    // BUCKET.s3-website-REGION.amazonaws.com for the regions in the dash column of AWS's table,
    // BUCKET.s3-website.REGION.amazonaws.com (.amazonaws.com.cn in China) for the others.
    static QString awsHost(const QString &bucket, const QString &region);
    // True when AWS's table lists `region` in the dash form.
    static bool awsUsesDashForm(const QString &region);

    // The endpoint for the profile's provider. `region`: the bucket's (GetBucketLocation). The
    // sandbox and S3-compatible stores serve websites on their own URL: the profile's
    // websiteEndpoint, or websiteBase ("http://127.0.0.1:9001") when the caller gives one (it
    // overrides the profile's); both empty: not known.
    static WebsiteEndpoint forBucket(const CloudProfile &profile,
        const QString &bucket,
        const QString &region,
        const QString &websiteBase = {});
};
