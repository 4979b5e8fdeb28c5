// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"

struct ObjectRedirectResult
{
    ApiError error;
    bool created = false; // the key did not exist: an empty object now carries the redirect
};

// A per-object website redirect: x-amz-website-redirect-location on BUCKET/KEY. An existing object is
// copied onto itself with its Content-Type and metadata kept (REPLACE) and the header added; a key
// that does not exist becomes an empty object with the header. The website endpoint then answers
// 301 to the target. Note that copying resets the object's ACL to the bucket's default.
class ObjectRedirectJob final : public S3Job
{
    Q_OBJECT
public:
    ObjectRedirectJob(S3Client *client, QString bucket, QString key, QString target);
    void start();

    // Empty when S3 takes `target`: a path starting with '/', or an http:// or https:// URL with
    // a host; otherwise the problem in words.
    static QString problem(const QString &target);

Q_SIGNALS:
    void finished(const ObjectRedirectResult &result);

private:
    void copyInPlace(const QString &contentType, const QMap<QString, QString> &metadata);
    void finishWithError(const ApiError &error) override { finish(error); }
    void finish(const ApiError &error);

    QString m_bucket;
    QString m_key;
    QString m_target;
    ObjectRedirectResult m_result;
};
