// SPDX-License-Identifier: GPL-3.0-or-later
#include "websiterouter.h"

#include <QRandomGenerator>

#include "auth/signer.h"
#include "auth/uriencode.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"
#include "transport/clock.h"
#include "websiteconfig.h"

namespace {

QByteArray newRequestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).toUpper().rightJustified(16, '0');
}

QByteArray keyPath(const QByteArray &key)
{
    return UriEncode::encode(key, UriEncode::Slash::Keep);
}

bool prefixMatches(const WebsiteRoutingRule &rule, const QByteArray &key)
{
    return !rule.keyPrefixEquals || key.startsWith(*rule.keyPrefixEquals);
}

} // namespace

WebsiteRouter::WebsiteRouter(const SandboxStore *store, const Clock *clock)
    : m_store(store)
    , m_clock(clock)
    , m_public(store)
{}

QByteArray WebsiteRouter::hostBucket(const QByteArray &hostHeader)
{
    QByteArray host = hostHeader.toLower();
    const qsizetype colon = host.lastIndexOf(':');
    if (colon >= 0 && !host.startsWith('['))
        host.truncate(colon);
    if (!host.endsWith(".localhost"))
        return {};
    for (const QByteArrayView marker : {QByteArrayView(".s3-website."), QByteArrayView(".s3-website-")}) {
        const qsizetype at = host.lastIndexOf(marker);
        if (at > 0)
            return host.left(at);
    }
    return {};
}

SandboxResponse WebsiteRouter::handle(const SandboxRequest &request) const
{
    const QByteArray path = request.rawPath.startsWith('/') ? request.rawPath.mid(1) : request.rawPath;
    QByteArray bucket = hostBucket(request.header("Host"));
    QByteArray keyRaw = path;
    QByteArray pathPrefix;
    if (bucket.isEmpty()) {
        const qsizetype slash = path.indexOf('/');
        bucket = UriEncode::decode(slash < 0 ? path : path.left(slash));
        keyRaw = slash < 0 ? QByteArray() : path.mid(slash + 1);
        pathPrefix = '/' + bucket;
    }
    const Target target {request, bucket, UriEncode::decode(keyRaw), pathPrefix, newRequestId()};
    SandboxResponse response;
    if (request.method != "GET" && request.method != "HEAD") {
        response = errorPage(target,
            {405,
                "MethodNotAllowed",
                "The specified method is not allowed against this resource.",
                {{"Method", request.method}, {"ResourceType", "OBJECT"}}});
    } else if (request.hasHeader("Authorization") || request.hasQuery("X-Amz-Signature")
        || request.hasQuery("Signature")) {
        response = errorPage(
            target, {403, "AccessDenied", "Website endpoints serve anonymous requests only.", {}});
    } else if (bucket.isEmpty() || !m_store->bucket(bucket)) {
        response = errorPage(
            target, {404, "NoSuchBucket", "The specified bucket does not exist", {{"BucketName", bucket}}});
    } else if (!pathPrefix.isEmpty() && path == bucket) {
        response.status = 302; // "/bucket" alone: relative links need the slash
        response.addHeader("Location", pathPrefix + '/');
    } else {
        WebsiteConfig::Problem problem;
        const std::optional<WebsiteConfig> config
            = WebsiteConfig::parse(m_store->bucketSetting(bucket, "website"), &problem);
        if (!config) {
            response = errorPage(target,
                {404,
                    "NoSuchWebsiteConfiguration",
                    "The specified bucket does not have a website configuration",
                    {{"BucketName", bucket}}});
        } else {
            response = serve(target, *config);
        }
    }
    response.addHeader("x-amz-request-id", target.requestId);
    response.addHeader("x-amz-id-2", target.requestId.toBase64());
    response.addHeader("Date", SigningTime::httpDate(m_clock->nowUtc()));
    response.addHeader("Server", "SkylightSandbox");
    return response;
}

SandboxResponse WebsiteRouter::serve(const Target &target, const WebsiteConfig &config) const
{
    if (!config.redirectAllHostName.isEmpty()) {
        SandboxResponse response;
        response.status = 301;
        const QByteArray protocol
            = config.redirectAllProtocol.isEmpty() ? "http" : config.redirectAllProtocol;
        response.addHeader(
            "Location", protocol + "://" + config.redirectAllHostName + '/' + keyPath(target.key));
        return response;
    }
    for (const WebsiteRoutingRule &rule : config.rules) {
        if (rule.httpErrorCodeReturnedEquals == 0 && prefixMatches(rule, target.key))
            return redirect(target, rule);
    }
    QByteArray key = target.key;
    if (key.isEmpty() || key.endsWith('/'))
        key += config.indexSuffix;
    const std::optional<ObjectInfo> found = m_store->object(target.bucket, key);
    if (found && m_public.canRead(target.bucket, *found)) {
        for (const HttpHeader &h : found->storedHeaders) {
            if (h.name == "x-amz-website-redirect-location") {
                SandboxResponse response;
                response.status = 301;
                response.addHeader("Location", h.value);
                return response;
            }
        }
        return object(target, *found, 200);
    }
    if (found)
        return failure(target, &config, {403, "AccessDenied", "Access Denied", {}});
    if (key == target.key && m_store->object(target.bucket, key + '/' + config.indexSuffix)) {
        SandboxResponse response; // a folder named without its slash, as S3 answers it
        response.status = 302;
        response.addHeader("Location", target.pathPrefix + '/' + keyPath(key) + '/');
        return response;
    }
    if (!m_public.canList(target.bucket))
        return failure(target, &config, {403, "AccessDenied", "Access Denied", {}});
    return failure(target, &config, {404, "NoSuchKey", "The specified key does not exist.", {{"Key", key}}});
}

SandboxResponse WebsiteRouter::failure(
    const Target &target, const WebsiteConfig *config, const WebsitePage::Failure &failure) const
{
    for (const WebsiteRoutingRule &rule : config->rules) {
        if (rule.httpErrorCodeReturnedEquals == failure.status && prefixMatches(rule, target.key))
            return redirect(target, rule);
    }
    if (config->errorKey.isEmpty())
        return errorPage(target, failure);
    const std::optional<ObjectInfo> document = m_store->object(target.bucket, config->errorKey);
    if (document && m_public.canRead(target.bucket, *document))
        return object(target, *document, failure.status);
    const WebsitePage::Failure documentFailure {403, "AccessDenied", "Access Denied", {}};
    return errorPage(target, failure, &documentFailure);
}

SandboxResponse WebsiteRouter::redirect(const Target &target, const WebsiteRoutingRule &rule) const
{
    QByteArray key = target.key;
    if (rule.replaceKeyWith)
        key = *rule.replaceKeyWith;
    else if (rule.replaceKeyPrefixWith)
        key = *rule.replaceKeyPrefixWith + key.mid(rule.keyPrefixEquals ? rule.keyPrefixEquals->size() : 0);
    const QByteArray protocol = rule.protocol.isEmpty() ? "http" : rule.protocol;
    // Without a HostName the redirect stays on this endpoint, and a path-style one keeps its bucket.
    const QByteArray host = rule.hostName.isEmpty() ? target.request.header("Host") : rule.hostName;
    const QByteArray prefix = rule.hostName.isEmpty() ? target.pathPrefix : QByteArray();
    SandboxResponse response;
    response.status = rule.httpRedirectCode;
    response.addHeader("Location", protocol + "://" + host + prefix + '/' + keyPath(key));
    return response;
}

SandboxResponse WebsiteRouter::object(const Target &target, const ObjectInfo &object, int status) const
{
    SandboxResponse response;
    response.status = status;
    response.addHeader("Content-Type", object.contentType);
    response.addHeader("ETag", '"' + object.etag + '"');
    response.addHeader("Last-Modified", SigningTime::httpDate(object.lastModified));
    for (const HttpHeader &h : object.storedHeaders) {
        if (!h.name.startsWith("x-amz-website"))
            response.addHeader(h.name, h.value);
    }
    if (target.request.method == "HEAD") {
        response.headOnly = true;
        response.headLength = object.size;
    } else {
        response.bodyFile = m_store->blobPath(object.blobId);
        response.bodyLength = object.size;
    }
    return response;
}

SandboxResponse WebsiteRouter::errorPage(const Target &target,
    const WebsitePage::Failure &failure,
    const WebsitePage::Failure *errorDocumentFailure) const
{
    SandboxResponse response;
    response.status = failure.status;
    response.addHeader("Content-Type", "text/html; charset=utf-8");
    response.addHeader("x-amz-error-code", failure.code);
    response.addHeader("x-amz-error-message", failure.message);
    for (const auto &[name, value] : failure.details) {
        if (name == "Key" || name == "BucketName")
            response.addHeader("x-amz-error-detail-" + name, keyPath(value)); // keys may hold CR and LF
    }
    const QByteArray body = WebsitePage::errorPage(failure, target.requestId, errorDocumentFailure);
    if (target.request.method == "HEAD") {
        response.headOnly = true;
        response.headLength = body.size();
    } else {
        response.body = body;
    }
    return response;
}
