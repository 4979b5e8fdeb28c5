// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>

#include "publicaccess.h"
#include "sandboxresponse.h"
#include "websitepage.h"

class Clock;
class SandboxStore;
struct ObjectInfo;
struct SandboxRequest;
struct WebsiteConfig;
struct WebsiteRoutingRule;

// The S3 website endpoint: anonymous GET and HEAD, the bucket from a Host of
// BUCKET.s3-website.REGION.localhost (or s3-website-REGION) or from the first path segment; index
// documents, error documents, redirects (all requests, routing rules, per object) and only publicly
// readable content, answered as S3's website endpoints answer.
class WebsiteRouter
{
public:
    WebsiteRouter(const SandboxStore *store, const Clock *clock);

    SandboxResponse handle(const SandboxRequest &request) const;

    // The bucket named by a website Host header, or empty.
    static QByteArray hostBucket(const QByteArray &hostHeader);

private:
    struct Target
    {
        const SandboxRequest &request;
        QByteArray bucket;
        QByteArray key;        // decoded, as requested (before the index suffix)
        QByteArray pathPrefix; // "/BUCKET" for path-style requests, else empty
        QByteArray requestId;
    };

    SandboxResponse serve(const Target &target, const WebsiteConfig &config) const;
    SandboxResponse failure(
        const Target &target, const WebsiteConfig *config, const WebsitePage::Failure &failure) const;
    SandboxResponse redirect(const Target &target, const WebsiteRoutingRule &rule) const;
    SandboxResponse object(const Target &target, const ObjectInfo &object, int status) const;
    SandboxResponse errorPage(const Target &target,
        const WebsitePage::Failure &failure,
        const WebsitePage::Failure *errorDocumentFailure = nullptr) const;

    const SandboxStore *m_store;
    const Clock *m_clock;
    PublicAccess m_public;
};
