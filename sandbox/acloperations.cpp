// SPDX-License-Identifier: GPL-3.0-or-later
#include "acloperations.h"

#include "cannedacl.h"
#include "publicaccess.h"
#include "s3call.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"

AclOperations::AclOperations(SandboxStore *store)
    : m_store(store)
{}

std::optional<QByteArray> AclOperations::requestedAcl(const S3Call &call, SandboxResponse *error) const
{
    const SandboxRequest &request = call.request;
    for (const HttpHeader &h : request.headers) {
        if (h.name.toLower().startsWith("x-amz-grant-")) {
            *error = call.error(501, "NotImplemented", "The sandbox takes canned ACLs (x-amz-acl) only.");
            return std::nullopt;
        }
    }
    QByteArray acl = request.header("x-amz-acl").trimmed();
    if (acl.isEmpty())
        acl = "private";
    if (!CannedAcl::isValid(acl)) {
        *error = call.error(400, "InvalidArgument", "Invalid canned ACL: " + acl);
        return std::nullopt;
    }
    if (CannedAcl::isPublic(acl) && PublicAccess(m_store).block(call.bucket).blockPublicAcls) {
        *error = call.error(403, "AccessDenied", "Access Denied");
        return std::nullopt;
    }
    return acl;
}

SandboxResponse AclOperations::handle(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    const bool onObject = !call.key.isEmpty();
    std::optional<ObjectInfo> object;
    if (onObject) {
        object = m_store->object(call.bucket, call.key);
        if (!object)
            return call.error(404, "NoSuchKey", "The specified key does not exist.", {{"Key", call.key}});
    }
    if (request.method == "GET")
        return call.xml(
            CannedAcl::policyXml(onObject ? object->acl : m_store->bucketSetting(call.bucket, "acl")));
    if (request.method != "PUT")
        return call.error(
            405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    QByteArray acl;
    if (request.hasHeader("x-amz-acl") || request.body.trimmed().isEmpty()) {
        SandboxResponse refusal;
        const std::optional<QByteArray> requested = requestedAcl(call, &refusal);
        if (!requested)
            return refusal;
        acl = *requested;
    } else {
        const std::optional<QByteArray> fromBody = CannedAcl::fromPolicyXml(request.body);
        if (!fromBody)
            return call.error(400,
                "MalformedACLError",
                "The XML you provided was not well-formed or did not validate against our published schema");
        acl = *fromBody;
        if (CannedAcl::isPublic(acl) && PublicAccess(m_store).block(call.bucket).blockPublicAcls)
            return call.error(403, "AccessDenied", "Access Denied");
    }
    const bool stored = onObject
        ? m_store->setObjectAcl(call.bucket, call.key, acl)
        : m_store->setBucketSetting(call.bucket, "acl", acl == "private" ? QByteArray() : acl);
    if (!stored)
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    return SandboxResponse();
}
