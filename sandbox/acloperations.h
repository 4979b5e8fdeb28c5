// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>

#include "sandboxresponse.h"

class SandboxStore;
struct S3Call;

// GET and PUT ?acl on buckets and objects, with canned ACLs (x-amz-acl, or an AccessControlPolicy
// body that amounts to one), and the check of an x-amz-acl header on bucket and object PUTs.
class AclOperations
{
public:
    explicit AclOperations(SandboxStore *store);

    SandboxResponse handle(const S3Call &call) const;
    // The canned ACL a PUT asks for (private when none), or nullopt with `error` filled: unknown ACL,
    // or a public one while the bucket blocks public ACLs.
    std::optional<QByteArray> requestedAcl(const S3Call &call, SandboxResponse *error) const;

private:
    SandboxStore *m_store;
};
