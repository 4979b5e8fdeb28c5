// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "clouds/cloudprofile.h"

// Profiles filled in from the protocol facts (../shared/PROTOCOLS.md §2, §3, §4, §6.3 and §9). The
// caller sets the name and the credential reference.
namespace ProfilePresets {

// The commercial and China regions known when this was written; DescribeRegions finds the rest.
QStringList awsRegions();
// https://ec2.REGION.amazonaws.com and https://s3.REGION.amazonaws.com (.amazonaws.com.cn for cn-*),
// SigV4, virtual-host with path-style for dotted names.
CloudProfile aws(const QString &defaultRegion = QStringLiteral("us-east-1"));
// http://HOST:8773/services/Eucalyptus + /services/Walrus (3.x) or /services/compute +
// /services/objectstorage (4.x); EC2 Query SigV2 (HmacSHA256), S3 HMAC-v1 with the service path in
// the resource, path-style only.
CloudProfile eucalyptus(const QString &host, int majorVersion = 4, int port = 8773, bool https = false);
// storage.googleapis.com with GOOG1 HMAC keys.
CloudProfile gcs();
// s3.us.archive.org, path-style, HMAC-v1 (LOW is allowed over HTTPS only).
CloudProfile internetArchive();
// Any S3-compatible store: SigV4, path-style.
CloudProfile s3Compatible(const QString &url, const QString &region = QStringLiteral("us-east-1"));
// The local sandbox: one URL serves EC2 and S3, SigV4.
CloudProfile sandbox(int port);
// A starting point for the editor: the preset of that provider with placeholder hosts.
CloudProfile forProvider(CloudProvider provider);

} // namespace ProfilePresets
