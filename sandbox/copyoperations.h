// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "sandboxresponse.h"

class AclOperations;
class SandboxStore;
struct ObjectInfo;
struct S3Call;

// CopyObject (x-amz-copy-source, x-amz-metadata-directive COPY or REPLACE); the copy-source lookup
// is shared with UploadPartCopy.
class CopyOperations
{
public:
    CopyOperations(SandboxStore *store, const AclOperations *acl);

    SandboxResponse copy(const S3Call &call) const;

    // The object x-amz-copy-source names ("/bucket/key" or "bucket/key", URL-encoded, an optional
    // ?versionId), or nullopt with S3's answer in `error`.
    static std::optional<ObjectInfo> source(
        const S3Call &call, const SandboxStore *store, SandboxResponse *error, QByteArray *bucket = nullptr);

private:
    SandboxStore *m_store;
    const AclOperations *m_acl;
};
