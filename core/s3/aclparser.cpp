// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/aclparser.h"

#include <QCoreApplication>
#include <QStringList>

#include "s3/xmldocument.h"

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccessControlPolicy)
};

bool isGroup(const AclGrant &g, QStringView group)
{
    return g.uri.endsWith(group) && QStringView(g.uri).chopped(group.size()).endsWith(u"/global/");
}

QString granteeName(const AclGrant &g)
{
    if (!g.uri.isEmpty())
        return g.uri.section(u'/', -1);
    if (!g.email.isEmpty())
        return g.email;
    return g.displayName.isEmpty() ? g.granteeId : g.displayName;
}

} // namespace

Result<AccessControlPolicy> parseAccessControlPolicy(const QByteArray &body)
{
    AccessControlPolicy policy;
    AclGrant current;
    const ApiError error = XmlDocument::walk(
        body,
        u"AccessControlPolicy",
        [&](const QString &path, const QString &text) {
            if (path == u"Owner/ID")
                policy.ownerId = text;
            else if (path == u"Owner/DisplayName")
                policy.ownerName = text;
            else if (path == u"AccessControlList/Grant/Grantee/ID")
                current.granteeId = text;
            else if (path == u"AccessControlList/Grant/Grantee/DisplayName")
                current.displayName = text;
            else if (path == u"AccessControlList/Grant/Grantee/URI")
                current.uri = text.trimmed();
            else if (path == u"AccessControlList/Grant/Grantee/EmailAddress")
                current.email = text;
            else if (path == u"AccessControlList/Grant/Permission")
                current.permission = text.trimmed();
        },
        [&](const QString &path) {
            if (path == u"AccessControlList/Grant") {
                policy.grants.append(std::move(current));
                current = AclGrant();
            }
        });
    if (!error.isOk())
        return Result<AccessControlPolicy>::failure(error);
    return Result<AccessControlPolicy>::success(std::move(policy));
}

QString describeAcl(const AccessControlPolicy &policy)
{
    bool othersGranted = false;
    bool publicRead = false;
    bool publicWrite = false;
    bool authenticatedRead = false;
    QStringList grantees;
    for (const AclGrant &g : policy.grants) {
        const bool owner
            = g.uri.isEmpty() && g.email.isEmpty() && !g.granteeId.isEmpty() && g.granteeId == policy.ownerId;
        grantees.append(QStringLiteral("%1: %2").arg(granteeName(g), g.permission));
        if (owner)
            continue;
        const bool reads = g.permission == u"READ" || g.permission == u"FULL_CONTROL";
        const bool writes = g.permission == u"WRITE" || g.permission == u"FULL_CONTROL";
        if (isGroup(g, u"AllUsers")) {
            publicRead |= reads;
            publicWrite |= writes;
            if (reads || writes)
                continue;
        } else if (isGroup(g, u"AuthenticatedUsers") && g.permission == u"READ") {
            authenticatedRead = true;
            continue;
        }
        othersGranted = true;
    }
    if (!othersGranted) {
        if (publicRead && publicWrite)
            return Tr::tr("public read and write");
        if (publicRead && !publicWrite)
            return Tr::tr("public read");
        if (authenticatedRead && !publicWrite)
            return Tr::tr("authenticated users read");
        if (!publicWrite)
            return Tr::tr("private");
    }
    return grantees.join(QStringLiteral("; "));
}
