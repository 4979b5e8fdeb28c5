// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "clouds/cloudprofile.h"
#include "website/websiteconfiguration.h"

// Which clouds host static websites, and through which subresource.
namespace WebsiteSupport {

// S3's ?website, GCS's ?websiteConfig, or nullopt with *why set (the Internet Archive).
std::optional<WebsiteConfiguration::Dialect> dialect(CloudProvider provider, QString *why = nullptr);
QByteArray subresource(WebsiteConfiguration::Dialect dialect);
// Bucket policies (s3:GetObject for Principal "*"): AWS, the sandbox and S3-compatible stores may have
// them; GCS (IAM instead) and the Internet Archive do not, so "Make public" uses canned ACLs there.
bool mayHaveBucketPolicies(CloudProvider provider);

} // namespace WebsiteSupport
