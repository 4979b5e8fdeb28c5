// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QStringList>

#include "sandboxresponse.h"

class SandboxStore;
struct S3Call;

// ListBuckets, CreateBucket, DeleteBucket, HeadBucket and GetBucketLocation; and the GET of bucket
// settings the sandbox never keeps (versioning, request payment, CORS, lifecycle, tags).
class BucketOperations
{
public:
    BucketOperations(SandboxStore *store, QStringList regions);

    SandboxResponse listBuckets(const S3Call &call) const;
    SandboxResponse createBucket(const S3Call &call) const;
    SandboxResponse deleteBucket(const S3Call &call) const;
    SandboxResponse headBucket(const S3Call &call) const;
    SandboxResponse location(const S3Call &call) const;
    // What S3 answers for a bucket that never had the setting: s3cmd info and rclone ask for these
    // and treat 501 NotImplemented as an error. Null when the request is not such a GET.
    std::optional<SandboxResponse> unconfiguredSetting(const S3Call &call) const;

    static bool isValidBucketName(const QByteArray &name);
    static constexpr const char *kOwnerId
        = "5a4e4d5b0c1f6a7e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e";
    static constexpr const char *kOwnerName = "sandbox";

private:
    SandboxStore *m_store;
    QStringList m_regions;
};
