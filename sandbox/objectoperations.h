// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxresponse.h"

class SandboxStore;
struct S3Call;

// PutObject, GetObject, HeadObject, DeleteObject and DeleteObjects.
class ObjectOperations
{
public:
    explicit ObjectOperations(SandboxStore *store);

    SandboxResponse put(const S3Call &call) const;
    SandboxResponse get(const S3Call &call, bool head) const;
    SandboxResponse remove(const S3Call &call) const;
    SandboxResponse removeMany(const S3Call &call) const;

    static constexpr qsizetype kMaxKeyBytes = 1024;

private:
    SandboxStore *m_store;
};
