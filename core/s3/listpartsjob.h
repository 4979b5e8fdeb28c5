// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"
#include "s3/s3types.h"

struct ListPartsRequest
{
    QString bucket;
    QString key;
    QString uploadId;
    int partNumberMarker = 0; // 0: from the first part
    int maxParts = 1000;
};

struct ListPartsResult
{
    ApiError error;
    PartList parts; // one page; parts.nextPartNumberMarker when truncated
};

// ListParts (GET ?uploadId): the parts an unfinished upload already holds, one page.
class ListPartsJob final : public S3Job
{
    Q_OBJECT
public:
    ListPartsJob(S3Client *client, ListPartsRequest request);
    void start();

Q_SIGNALS:
    void finished(const ListPartsResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}}); }
    void finish(const ListPartsResult &result);

    ListPartsRequest m_request;
};
