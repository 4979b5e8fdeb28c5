// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "auth/credentials.h"
#include "auth/signerfactory.h"
#include "transport/tlssettings.h"

enum class CloudProvider
{
    Aws,
    Eucalyptus,
    Gcs,
    InternetArchive,
    S3Compatible,
    Sandbox,
};

// How a bucket goes into an S3 URL. Auto: virtual-host, except for bucket names with dots or
// upper-case letters, IP hosts and custom ports, which get path-style.
enum class BucketAddressing
{
    VirtualHost,
    Path,
    Auto,
};

// One configured cloud. Holds everything needed to build and sign requests except the secret: the
// credentials are found in CredentialStore under credentialId.
struct CloudProfile
{
    QString name;
    CloudProvider provider = CloudProvider::S3Compatible;
    // Endpoints with their service paths ("http://h:8773/services/Walrus"). "{region}" is replaced
    // by the region and "{dnsSuffix}" by amazonaws.com (amazonaws.com.cn for cn-* regions). Empty:
    // the cloud has no such service.
    QString ec2Endpoint;
    QString s3Endpoint;
    QStringList regions;
    QString defaultRegion;
    SignerChoice ec2Signing;
    SignerChoice s3Signing;
    BucketAddressing addressing = BucketAddressing::Path;
    QString ec2ApiVersion;
    TlsSettings tls;
    QString credentialId; // a key into CredentialStore, never the secret
    QString source;       // where an import came from ("aws:/home/u/.aws/credentials"), for display
    // Where the cloud serves bucket websites when it has no fixed rule (sandbox, S3-compatible,
    // Eucalyptus): a URL with "{bucket}" where the bucket name goes, or a base the bucket is
    // appended to ("http://127.0.0.1:9001"). Empty: not known.
    QString websiteEndpoint;
    // The user keeps Skylight from changing anything on this cloud: no upload, copy or move into
    // it, no delete, no bucket or website change (writeRefusal() says so before a request is made).
    bool readOnly = false;

    bool hasEc2() const { return !ec2Endpoint.isEmpty(); }
    bool hasS3() const { return !s3Endpoint.isEmpty(); }
    // The S3 server checks flexible checksums on multipart uploads (x-amz-checksum-algorithm on
    // CreateMultipartUpload, x-amz-checksum-crc32c on UploadPart, <ChecksumCRC32C> per part on
    // CompleteMultipartUpload): AWS, and the sandbox, which verifies all three. Upload parts then
    // carry a CRC-32C in place of Content-MD5 (a tenth of the CPU). Everyone else keeps Content-MD5:
    // radosgw 16 ignores x-amz-checksum-* (TESTING.md §4.0), s3rver checks nothing, and GCS, the
    // Internet Archive and Walrus predate the headers.
    bool verifiesPartCrc32c() const
    {
        return provider == CloudProvider::Aws || provider == CloudProvider::Sandbox;
    }
    // The endpoint for one region (the default region when empty), placeholders filled in.
    QUrl ec2Url(const QString &region = {}) const;
    QUrl s3Url(const QString &region = {}) const;
    QString regionOrDefault(const QString &region) const;

    // What stops this profile from being used, one sentence each; empty when it is fine. LOW sends
    // the secret itself, so it is refused on anything but https.
    QStringList problems() const;
    // Why nothing may be written to this cloud with `keys`, one sentence; empty when writes may go:
    // the profile is set read-only, or it has no keys (anonymous requests can only read).
    QString writeRefusal(const Credentials &keys) const;

    QJsonObject toJson() const;
    // Returns nullopt and sets *error for an object that is not a profile.
    static std::optional<CloudProfile> fromJson(const QJsonObject &object, QString *error = nullptr);

    static QString expandEndpoint(const QString &endpoint, const QString &region);
};

QString cloudProviderName(CloudProvider provider);
std::optional<CloudProvider> cloudProviderFromName(const QString &name);
QString bucketAddressingName(BucketAddressing addressing);
std::optional<BucketAddressing> bucketAddressingFromName(const QString &name);
