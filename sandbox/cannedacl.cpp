// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedacl.h"

#include <QXmlStreamReader>

#include "bucketoperations.h"
#include "s3xml.h"

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kAllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";
constexpr QByteArrayView kAuthenticatedUsers = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

QByteArray groupGrant(QByteArrayView uri, QByteArrayView permission)
{
    QByteArray out = "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                     "xsi:type=\"Group\">";
    out.append(S3Xml::element("URI", uri)).append("</Grantee>");
    out.append(S3Xml::element("Permission", permission)).append("</Grant>");
    return out;
}

} // namespace

namespace CannedAcl {

bool isValid(QByteArrayView acl)
{
    for (const QByteArrayView known : {"private",
             "public-read",
             "public-read-write",
             "authenticated-read",
             "aws-exec-read",
             "bucket-owner-read",
             "bucket-owner-full-control",
             "log-delivery-write"}) {
        if (acl == known)
            return true;
    }
    return false;
}

bool isPublic(QByteArrayView acl)
{
    return acl == "public-read" || acl == "public-read-write";
}

QByteArray policyXml(QByteArrayView acl)
{
    QByteArray owner = S3Xml::element("ID", BucketOperations::kOwnerId);
    owner.append(S3Xml::element("DisplayName", BucketOperations::kOwnerName));
    QByteArray xml = S3Xml::open("AccessControlPolicy");
    xml.append("<Owner>").append(owner).append("</Owner><AccessControlList>");
    xml.append("<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
               "xsi:type=\"CanonicalUser\">");
    xml.append(owner)
        .append("</Grantee>")
        .append(S3Xml::element("Permission", "FULL_CONTROL"))
        .append("</Grant>");
    if (isPublic(acl))
        xml.append(groupGrant(kAllUsers, "READ"));
    if (acl == "public-read-write")
        xml.append(groupGrant(kAllUsers, "WRITE"));
    if (acl == "authenticated-read")
        xml.append(groupGrant(kAuthenticatedUsers, "READ"));
    xml.append("</AccessControlList></AccessControlPolicy>");
    return xml;
}

std::optional<QByteArray> fromPolicyXml(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QByteArray uri;
    bool sawRoot = false;
    bool allRead = false;
    bool allWrite = false;
    bool authenticatedRead = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD)
            return std::nullopt;
        if (!reader.isStartElement())
            continue;
        if (reader.name() == "AccessControlPolicy"_L1)
            sawRoot = true;
        else if (reader.name() == "Grantee"_L1)
            uri.clear();
        else if (reader.name() == "URI"_L1)
            uri = reader.readElementText().trimmed().toUtf8();
        else if (reader.name() == "Permission"_L1) {
            const QString permission = reader.readElementText().trimmed();
            const bool read = permission == "READ"_L1 || permission == "FULL_CONTROL"_L1;
            const bool write = permission == "WRITE"_L1 || permission == "FULL_CONTROL"_L1;
            if (uri == kAllUsers) {
                allRead = allRead || read;
                allWrite = allWrite || write;
            } else if (uri == kAuthenticatedUsers) {
                authenticatedRead = authenticatedRead || read;
            }
        }
    }
    if (reader.hasError() || !sawRoot)
        return std::nullopt;
    if (allRead)
        return QByteArray(allWrite ? "public-read-write" : "public-read");
    return QByteArray(authenticatedRead ? "authenticated-read" : "private");
}

} // namespace CannedAcl
