// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s3/aclparser.h"
#include "s3/s3job.h"

struct GetObjectAclResult
{
    ApiError error;
    AccessControlPolicy policy;
};

// GetObjectAcl (GET KEY?acl): the object's owner and grants.
class GetObjectAclJob final : public S3Job
{
    Q_OBJECT
public:
    GetObjectAclJob(S3Client *client, ObjectKeyRequest request);
    void start();

Q_SIGNALS:
    void finished(const GetObjectAclResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}}); }
    void finish(const GetObjectAclResult &result);

    ObjectKeyRequest m_request;
};
