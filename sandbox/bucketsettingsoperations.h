// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxresponse.h"

class SandboxStore;
struct S3Call;

// The bucket subresources kept as documents: ?website (byte-for-byte as sent), ?policy (JSON) and
// ?publicAccessBlock; GET, PUT and DELETE of each.
class BucketSettingsOperations
{
public:
    explicit BucketSettingsOperations(SandboxStore *store);

    // Null response.status == 0 when the request is not for one of these subresources.
    SandboxResponse handle(const S3Call &call) const;

    static constexpr qsizetype kMaxWebsiteBytes = 128 * 1024;
    static constexpr qsizetype kMaxPolicyBytes = 20 * 1024;

private:
    SandboxResponse website(const S3Call &call) const;
    SandboxResponse policy(const S3Call &call) const;
    SandboxResponse publicAccessBlock(const S3Call &call) const;

    SandboxStore *m_store;
};
