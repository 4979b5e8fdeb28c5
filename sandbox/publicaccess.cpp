// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicaccess.h"

#include <QXmlStreamReader>

#include "bucketpolicy.h"
#include "cannedacl.h"
#include "s3xml.h"
#include "sandboxstore.h"

using namespace Qt::StringLiterals;

std::optional<PublicAccessBlock> PublicAccessBlock::parse(const QByteArray &xml)
{
    PublicAccessBlock block;
    QXmlStreamReader reader(xml);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD)
            return std::nullopt;
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        if (name == "PublicAccessBlockConfiguration"_L1) {
            sawRoot = true;
            continue;
        }
        bool *flag = name == "BlockPublicAcls"_L1 ? &block.blockPublicAcls
            : name == "IgnorePublicAcls"_L1       ? &block.ignorePublicAcls
            : name == "BlockPublicPolicy"_L1      ? &block.blockPublicPolicy
            : name == "RestrictPublicBuckets"_L1  ? &block.restrictPublicBuckets
                                                  : nullptr;
        if (!flag)
            return std::nullopt;
        const QString text = reader.readElementText().trimmed();
        if (text != "true"_L1 && text != "false"_L1)
            return std::nullopt;
        *flag = text == "true"_L1;
    }
    if (reader.hasError() || !sawRoot)
        return std::nullopt;
    return block;
}

QByteArray PublicAccessBlock::toXml() const
{
    const auto flag = [](bool on) {
        return QByteArray(on ? "true" : "false");
    };
    QByteArray xml = S3Xml::open("PublicAccessBlockConfiguration");
    xml.append(S3Xml::element("BlockPublicAcls", flag(blockPublicAcls)));
    xml.append(S3Xml::element("IgnorePublicAcls", flag(ignorePublicAcls)));
    xml.append(S3Xml::element("BlockPublicPolicy", flag(blockPublicPolicy)));
    xml.append(S3Xml::element("RestrictPublicBuckets", flag(restrictPublicBuckets)));
    xml.append("</PublicAccessBlockConfiguration>");
    return xml;
}

PublicAccess::PublicAccess(const SandboxStore *store)
    : m_store(store)
{}

PublicAccessBlock PublicAccess::block(const QByteArray &bucket) const
{
    const QByteArray stored = m_store->bucketSetting(bucket, "publicAccessBlock");
    return stored.isEmpty() ? PublicAccessBlock()
                            : PublicAccessBlock::parse(stored).value_or(PublicAccessBlock());
}

bool PublicAccess::canRead(const QByteArray &bucket, const ObjectInfo &object) const
{
    const PublicAccessBlock pab = block(bucket);
    if (!pab.ignorePublicAcls && CannedAcl::isPublic(object.acl))
        return true;
    if (pab.restrictPublicBuckets)
        return false;
    const QByteArray policy = m_store->bucketSetting(bucket, "policy");
    return !policy.isEmpty()
        && BucketPolicy::allowsAnonymous(policy, "s3:GetObject", "arn:aws:s3:::" + bucket + '/' + object.key);
}

bool PublicAccess::canList(const QByteArray &bucket) const
{
    const PublicAccessBlock pab = block(bucket);
    if (!pab.ignorePublicAcls && CannedAcl::isPublic(m_store->bucketSetting(bucket, "acl")))
        return true;
    if (pab.restrictPublicBuckets)
        return false;
    const QByteArray policy = m_store->bucketSetting(bucket, "policy");
    return !policy.isEmpty()
        && BucketPolicy::allowsAnonymous(policy, "s3:ListBucket", "arn:aws:s3:::" + bucket);
}
