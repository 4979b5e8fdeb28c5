// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "sandboxresponse.h"
#include "transport/httprequest.h"

class AclOperations;
class SandboxStore;
struct S3Call;
struct SandboxRequest;

// PutObject, GetObject, HeadObject, DeleteObject and DeleteObjects.
class ObjectOperations
{
public:
    ObjectOperations(SandboxStore *store, const AclOperations *acl);

    SandboxResponse put(const S3Call &call) const;
    SandboxResponse get(const S3Call &call, bool head) const;
    SandboxResponse remove(const S3Call &call) const;
    SandboxResponse removeMany(const S3Call &call) const;

    static constexpr qsizetype kMaxKeyBytes = 1024;

    // Checks shared with CopyObject and multipart uploads; false with S3's answer in `error`.
    static bool checkKey(const S3Call &call, SandboxResponse *error);
    static bool checkContentMd5(const S3Call &call, SandboxResponse *error);
    static bool checkRedirect(const S3Call &call, SandboxResponse *error);
    // The request headers an object keeps: x-amz-meta-*, Cache-Control, Content-Disposition…
    static QList<HttpHeader> storedHeaders(const SandboxRequest &request);

private:
    SandboxStore *m_store;
    const AclOperations *m_acl;
};
