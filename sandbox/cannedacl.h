// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>

// Canned ACLs (x-amz-acl) as the sandbox keeps them, and their AccessControlPolicy documents.
namespace CannedAcl {

bool isValid(QByteArrayView acl);
// Grants READ to AllUsers: public-read and public-read-write.
bool isPublic(QByteArrayView acl);
// The AccessControlPolicy S3 answers to GET ?acl for this canned ACL (empty: private).
QByteArray policyXml(QByteArrayView acl);
// The canned ACL an AccessControlPolicy body amounts to (PUT ?acl with a body); nullopt when the XML
// is malformed or carries a DTD.
std::optional<QByteArray> fromPolicyXml(const QByteArray &xml);

} // namespace CannedAcl
