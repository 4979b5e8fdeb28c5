// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/s3job.h"

struct DeleteObjectResult
{
    ApiError error;
};

// DeleteObject. Deleting a key that does not exist succeeds (S3 answers 204).
class DeleteObjectJob final : public S3Job
{
    Q_OBJECT
public:
    DeleteObjectJob(S3Client *client, ObjectKeyRequest request);
    void start();

Q_SIGNALS:
    void finished(const DeleteObjectResult &result);

private:
    void finishWithError(const ApiError &error) override;

    ObjectKeyRequest m_request;
};
