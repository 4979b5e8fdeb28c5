// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"

// One GET, PUT or DELETE of a bucket (or object) subresource: ?website, ?websiteConfig, ?policy,
// ?publicAccessBlock, ?acl.
struct SubresourceRequest
{
    QByteArray method = "GET";
    QString bucket;
    QString key; // empty: the bucket's subresource
    QByteArray subresource;
    QByteArray body; // PUT: sent with its Content-MD5
    QByteArray contentType;
    QList<HttpHeader> headers; // x-amz-acl…
};

struct SubresourceResult
{
    ApiError error; // isOk() for a 2xx
    int status = 0;
    QByteArray body;
    // The service answered that the subresource is not there (404 NoSuch…), as opposed to failing.
    bool missing() const { return status == 404 && error.serviceCode().startsWith(u"NoSuch"); }
    // The cloud does not do this at all (501 NotImplemented, 405, or a 400 naming the subresource).
    bool unsupported() const;
};

// The plain bucket-settings actions: GetBucketPolicy, PutBucketPolicy, DeleteBucketPolicy,
// Get/Put/DeletePublicAccessBlock, PutBucketAcl and PutObjectAcl with a canned ACL. The answer body
// is handed back as it came; callers parse it (off the GUI thread when it can be large).
class BucketSubresourceJob final : public S3Job
{
    Q_OBJECT
public:
    BucketSubresourceJob(S3Client *client, SubresourceRequest request);
    void start();

    static BucketSubresourceJob *getPolicy(S3Client *client, const QString &bucket);
    static BucketSubresourceJob *putPolicy(S3Client *client, const QString &bucket, const QByteArray &json);
    static BucketSubresourceJob *deletePolicy(S3Client *client, const QString &bucket);
    static BucketSubresourceJob *getPublicAccessBlock(S3Client *client, const QString &bucket);
    static BucketSubresourceJob *putPublicAccessBlock(
        S3Client *client, const QString &bucket, const QByteArray &xml);
    static BucketSubresourceJob *deletePublicAccessBlock(S3Client *client, const QString &bucket);
    // A canned ACL (private, public-read…) on the bucket (key empty) or on one object; x-goog-acl on
    // Google Cloud Storage with its own signing.
    static BucketSubresourceJob *putCannedAcl(
        S3Client *client, const QString &bucket, const QString &key, const QByteArray &acl);

Q_SIGNALS:
    void finished(const SubresourceResult &result);

private:
    void finishWithError(const ApiError &error) override;

    SubresourceRequest m_request;
};
