// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "s3/s3job.h"
#include "s3/s3types.h"

struct DeleteObjectsRequest
{
    QString bucket;
    QStringList keys; // any number: sent in batches of at most kMaxBatch
};

struct DeleteObjectsResult
{
    ApiError error;        // a whole batch failed (the keys of later batches were not tried)
    DeleteOutcome outcome; // per key: deleted, or its own error
};

// DeleteObjects (POST ?delete) in batches of up to 1,000 keys, one batch after another. A key the
// server refuses is reported in outcome.errors and does not stop the others. Keys that XML 1.0
// cannot carry (control characters, CR) are deleted one by one with DeleteObject afterwards.
class DeleteObjectsJob final : public S3Job
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 1000;

    DeleteObjectsJob(S3Client *client, DeleteObjectsRequest request);
    void start();

    // The request body for one batch (public for tests).
    static QByteArray deleteXml(const QStringList &keys);
    static bool fitsInXml(const QString &key);

Q_SIGNALS:
    void finished(const DeleteObjectsResult &result);

private:
    void finishWithError(const ApiError &error) override;
    void nextBatch();
    void nextSingle();

    DeleteObjectsRequest m_request;
    QStringList m_batchKeys;
    QStringList m_singleKeys;
    DeleteOutcome m_outcome;
    qsizetype m_next = 0;
};
