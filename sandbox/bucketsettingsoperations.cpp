// SPDX-License-Identifier: GPL-3.0-or-later
#include "bucketsettingsoperations.h"

#include "bucketpolicy.h"
#include "publicaccess.h"
#include "s3call.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"
#include "websiteconfig.h"

namespace {

SandboxResponse noContent()
{
    SandboxResponse response;
    response.status = 204;
    return response;
}

constexpr QByteArrayView kMalformed
    = "The XML you provided was not well-formed or did not validate against our published schema";

} // namespace

BucketSettingsOperations::BucketSettingsOperations(SandboxStore *store)
    : m_store(store)
{}

SandboxResponse BucketSettingsOperations::handle(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    if (request.hasQuery("website"))
        return website(call);
    if (request.hasQuery("policy"))
        return policy(call);
    if (request.hasQuery("publicAccessBlock"))
        return publicAccessBlock(call);
    SandboxResponse none;
    none.status = 0;
    return none;
}

SandboxResponse BucketSettingsOperations::website(const S3Call &call) const
{
    const QByteArray &method = call.request.method;
    if (method == "GET") {
        const QByteArray stored = m_store->bucketSetting(call.bucket, "website");
        if (stored.isEmpty())
            return call.error(404,
                "NoSuchWebsiteConfiguration",
                "The specified bucket does not have a website configuration",
                {{"BucketName", call.bucket}});
        return call.xml(stored);
    }
    if (method == "DELETE") {
        m_store->setBucketSetting(call.bucket, "website", {});
        return noContent();
    }
    if (method != "PUT")
        return call.error(
            405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    if (call.request.bodySize > kMaxWebsiteBytes || !call.request.bodyFile.isEmpty())
        return call.error(400, "MaxMessageLengthExceeded", "Your request was too big.");
    if (call.request.body.trimmed().isEmpty())
        return call.error(400, "MalformedXML", kMalformed);
    WebsiteConfig::Problem problem;
    if (!WebsiteConfig::parse(call.request.body, &problem))
        return call.error(400, problem.code, problem.message);
    if (!m_store->setBucketSetting(call.bucket, "website", call.request.body))
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    return SandboxResponse();
}

SandboxResponse BucketSettingsOperations::policy(const S3Call &call) const
{
    const QByteArray &method = call.request.method;
    if (method == "GET") {
        const QByteArray stored = m_store->bucketSetting(call.bucket, "policy");
        if (stored.isEmpty())
            return call.error(
                404, "NoSuchBucketPolicy", "The bucket policy does not exist", {{"BucketName", call.bucket}});
        SandboxResponse response;
        response.addHeader("Content-Type", "application/json");
        response.body = stored;
        return response;
    }
    if (method == "DELETE") {
        m_store->setBucketSetting(call.bucket, "policy", {});
        return noContent();
    }
    if (method != "PUT")
        return call.error(
            405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    if (call.request.bodySize > kMaxPolicyBytes || !call.request.bodyFile.isEmpty())
        return call.error(400, "PolicyTooLarge", "Policies cannot exceed 20 KB.");
    const QByteArray problem = BucketPolicy::problem(call.request.body, call.bucket);
    if (!problem.isEmpty())
        return call.error(400, "MalformedPolicy", problem);
    const QByteArray stored = m_store->bucketSetting(call.bucket, "publicAccessBlock");
    const PublicAccessBlock block = PublicAccessBlock::parse(stored).value_or(PublicAccessBlock());
    if (block.blockPublicPolicy && BucketPolicy::isPublic(call.request.body))
        return call.error(403, "AccessDenied", "Access Denied");
    if (!m_store->setBucketSetting(call.bucket, "policy", call.request.body))
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    return noContent();
}

SandboxResponse BucketSettingsOperations::publicAccessBlock(const S3Call &call) const
{
    const QByteArray &method = call.request.method;
    if (method == "GET") {
        const QByteArray stored = m_store->bucketSetting(call.bucket, "publicAccessBlock");
        if (stored.isEmpty())
            return call.error(404,
                "NoSuchPublicAccessBlockConfiguration",
                "The public access block configuration was not found",
                {{"BucketName", call.bucket}});
        return call.xml(stored);
    }
    if (method == "DELETE") {
        m_store->setBucketSetting(call.bucket, "publicAccessBlock", {});
        return noContent();
    }
    if (method != "PUT")
        return call.error(
            405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    const std::optional<PublicAccessBlock> block = PublicAccessBlock::parse(call.request.body);
    if (!block)
        return call.error(400, "MalformedXML", kMalformed);
    if (!m_store->setBucketSetting(call.bucket, "publicAccessBlock", block->toXml()))
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    return SandboxResponse();
}
