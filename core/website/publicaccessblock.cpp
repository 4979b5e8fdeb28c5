// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/publicaccessblock.h"

#include <QCoreApplication>

#include "s3/xmldocument.h"

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PublicAccessBlock)
};

} // namespace

std::optional<PublicAccessBlockSettings> PublicAccessBlockSettings::parse(const QByteArray &xml)
{
    PublicAccessBlockSettings s;
    const ApiError error = XmlDocument::walk(
        xml, u"PublicAccessBlockConfiguration", [&](const QString &path, const QString &text) {
            const bool on = text.trimmed().compare(u"true", Qt::CaseInsensitive) == 0;
            if (path == u"BlockPublicAcls")
                s.blockPublicAcls = on;
            else if (path == u"IgnorePublicAcls")
                s.ignorePublicAcls = on;
            else if (path == u"BlockPublicPolicy")
                s.blockPublicPolicy = on;
            else if (path == u"RestrictPublicBuckets")
                s.restrictPublicBuckets = on;
        });
    if (!error.isOk())
        return std::nullopt;
    return s;
}

QByteArray PublicAccessBlockSettings::toXml() const
{
    auto b = [](bool v) {
        return v ? "true" : "false";
    };
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<PublicAccessBlockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
        + "<BlockPublicAcls>" + b(blockPublicAcls) + "</BlockPublicAcls>" + "<IgnorePublicAcls>"
        + b(ignorePublicAcls) + "</IgnorePublicAcls>" + "<BlockPublicPolicy>" + b(blockPublicPolicy)
        + "</BlockPublicPolicy>" + "<RestrictPublicBuckets>" + b(restrictPublicBuckets)
        + "</RestrictPublicBuckets>" + "</PublicAccessBlockConfiguration>";
}

QStringList PublicAccessBlockSettings::policyBlockers() const
{
    QStringList out;
    if (blockPublicPolicy)
        out << Tr::tr("BlockPublicPolicy is on: S3 refuses any bucket policy that grants public access. "
                      "Turn it off for this bucket.");
    if (restrictPublicBuckets)
        out << Tr::tr("RestrictPublicBuckets is on: S3 ignores public grants in the bucket policy, so the "
                      "website answers 403. Turn it off for this bucket.");
    return out;
}

QStringList PublicAccessBlockSettings::aclBlockers() const
{
    QStringList out;
    if (blockPublicAcls)
        out << Tr::tr("BlockPublicAcls is on: S3 refuses public-read ACLs. Turn it off for this bucket.");
    if (ignorePublicAcls)
        out << Tr::tr("IgnorePublicAcls is on: S3 ignores public-read ACLs. Turn it off for this bucket.");
    return out;
}
