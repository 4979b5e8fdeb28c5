// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"
#include "s3/s3types.h"

struct ListMultipartUploadsRequest
{
    QString bucket;
    QString prefix;
    QString keyMarker;      // empty: from the first upload
    QString uploadIdMarker; // with keyMarker, from the page before
    int maxUploads = 1000;
};

struct ListMultipartUploadsResult
{
    ApiError error;
    MultipartUploadList uploads; // one page; the next-markers when truncated
};

// ListMultipartUploads (GET ?uploads): a bucket's unfinished multipart uploads, one page.
class ListMultipartUploadsJob final : public S3Job
{
    Q_OBJECT
public:
    ListMultipartUploadsJob(S3Client *client, ListMultipartUploadsRequest request);
    void start();

Q_SIGNALS:
    void finished(const ListMultipartUploadsResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}}); }
    void finish(const ListMultipartUploadsResult &result);

    ListMultipartUploadsRequest m_request;
};
