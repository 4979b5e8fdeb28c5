// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>

#include "s3/s3job.h"

struct CopyObjectRequest
{
    QString sourceBucket;
    QString sourceKey;
    QString bucket; // destination
    QString key;
    // Empty: the copy keeps the source's metadata and content type (COPY); otherwise these
    // replace them (REPLACE).
    QMap<QString, QString> metadata;
    QString contentType;
    bool replaceMetadata = false;
};

struct CopyObjectResult
{
    ApiError error; // also an <Error> that came inside a 200
    QByteArray etag;
};

// CopyObject: a server-side copy (up to 5 GB; larger objects need UploadPartCopy).
class CopyObjectJob final : public S3Job
{
    Q_OBJECT
public:
    CopyObjectJob(S3Client *client, CopyObjectRequest request);
    void start();

    // x-amz-copy-source: "/bucket/key", the key percent-encoded as in a path (public for tests).
    static QByteArray copySource(const QString &bucket, const QString &key);

Q_SIGNALS:
    void finished(const CopyObjectResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}}); }
    void finish(const CopyObjectResult &result);

    CopyObjectRequest m_request;
};
