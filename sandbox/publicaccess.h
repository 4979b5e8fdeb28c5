// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>

class SandboxStore;
struct ObjectInfo;

// A bucket's PublicAccessBlockConfiguration.
struct PublicAccessBlock
{
    bool blockPublicAcls = false;
    bool ignorePublicAcls = false;
    bool blockPublicPolicy = false;
    bool restrictPublicBuckets = false;

    // nullopt when the XML is malformed, carries a DTD or is not a PublicAccessBlockConfiguration.
    static std::optional<PublicAccessBlock> parse(const QByteArray &xml);
    QByteArray toXml() const;
};

// What an anonymous caller may read: objects with a public ACL, or those a bucket policy opens to
// Principal "*", unless the bucket's PublicAccessBlock says to ignore that.
class PublicAccess
{
public:
    explicit PublicAccess(const SandboxStore *store);

    PublicAccessBlock block(const QByteArray &bucket) const;
    bool canRead(const QByteArray &bucket, const ObjectInfo &object) const;
    // s3:ListBucket for everyone: a missing key then answers 404 rather than 403, as S3 does.
    bool canList(const QByteArray &bucket) const;

private:
    const SandboxStore *m_store;
};
