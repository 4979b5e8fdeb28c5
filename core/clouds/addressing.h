// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "transport/httprequest.h"

struct CloudProfile;

// Where a request for a profile goes: scheme, host, port and wire path for an S3 bucket and key
// (virtual-host or path-style, as the profile says) and for the EC2 Query API. Also fills
// HttpRequest::resourcePath, HMAC-v1's CanonicalizedResource, which always names the bucket and
// carries the service path (/services/Walrus/bucket/key).
namespace Addressing {

// True when `bucket` can be a DNS label of the host: lower-case letters, digits and '-', 3-63
// characters. Dots are DNS-valid but break TLS wildcard certificates, so they count as not.
bool isVirtualHostable(const QString &bucket);
// True when the profile's S3 endpoint for `region` uses virtual-host addressing for `bucket`.
bool usesVirtualHost(const CloudProfile &profile, const QString &region, const QString &bucket);
// An unsigned GET for the bucket (empty: the service, ListBuckets) and key (empty: the bucket).
HttpRequest s3Request(
    const CloudProfile &profile, const QString &region, const QString &bucket, const QString &key = {});
// An unsigned Query API POST to the EC2 endpoint: the service path with a trailing slash, as boto
// sends and signs it (/services/Eucalyptus/), and the Version form field.
HttpRequest ec2Request(const CloudProfile &profile, const QString &region, const QByteArray &action);

} // namespace Addressing
