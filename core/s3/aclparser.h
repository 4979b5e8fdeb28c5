// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "transport/result.h"

// One grant of an AccessControlPolicy: who (a canonical user, a group URI or an e-mail) and what.
struct AclGrant
{
    QString granteeId;   // CanonicalUser
    QString displayName; // CanonicalUser, when the cloud tells it
    QString uri;         // Group (AllUsers, AuthenticatedUsers, LogDelivery)
    QString email;       // AmazonCustomerByEmail
    QString permission;  // READ, WRITE, READ_ACP, WRITE_ACP, FULL_CONTROL
};

struct AccessControlPolicy
{
    QString ownerId;
    QString ownerName;
    QList<AclGrant> grants;
};

// The answer to GET ?acl (bucket or object). Namespaces ignored, DTDs refused (XmlDocument).
Result<AccessControlPolicy> parseAccessControlPolicy(const QByteArray &body);

// In words: "private" (only the owner), "public read", "public read and write", "authenticated
// users read", else the grantee list ("alice: READ; bob@example.com: FULL_CONTROL").
QString describeAcl(const AccessControlPolicy &policy);
