// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"

struct AbortMultipartUploadResult
{
    ApiError error;
};

// AbortMultipartUpload: frees the parts of an unfinished upload.
class AbortMultipartUploadJob final : public S3Job
{
    Q_OBJECT
public:
    AbortMultipartUploadJob(S3Client *client, MultipartUploadRef request);
    void start();

Q_SIGNALS:
    void finished(const AbortMultipartUploadResult &result);

private:
    void finishWithError(const ApiError &error) override;

    MultipartUploadRef m_request;
};
