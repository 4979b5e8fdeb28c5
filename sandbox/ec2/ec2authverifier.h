// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include "auth/credentials.h"
#include "transport/httprequest.h"

class Clock;
struct SandboxRequest;

// The outcome of checking an EC2 Query request's signature, in EC2's words when it fails.
struct Ec2AuthOutcome
{
    bool ok = false;
    bool sigV4 = false;
    QByteArray accessKeyId;
    QString region; // SigV4: the credential scope's region; SigV2: empty (the caller picks the first)
    int status = 0;
    QByteArray code;
    QByteArray message;
};

// Verifies EC2 Query API requests: Query SigV2 (HmacSHA256 or HmacSHA1, Timestamp or Expires, the
// host signed with or without its port as Eucalyptus accepts, PROTOCOLS.md §1.3, §2.2) and SigV4
// with the generic rules for service "ec2" (§1.4), in the Authorization header (the form body of a
// POST hashed) or presigned in the query (X-Amz-Algorithm…, X-Amz-Expires up to a week). The S3
// AuthVerifier is left to S3; both rebuild what the client signed with the core signers' own pieces.
class Ec2AuthVerifier
{
public:
    static constexpr qint64 kMaxSkewSeconds = 15 * 60;

    Ec2AuthVerifier(QList<Credentials> credentials, QStringList regions, const Clock *clock);

    // `signedParams`: the parameters SigV2 covers (the form body of a POST, else the query).
    Ec2AuthOutcome verify(
        const SandboxRequest &request, const QList<QueryItem> &signedParams, bool formBody) const;

private:
    Ec2AuthOutcome verifySigV2(
        const SandboxRequest &request, const QList<QueryItem> &params, bool formBody) const;
    Ec2AuthOutcome verifySigV4(const SandboxRequest &request, bool presigned) const;
    const Credentials *find(const QByteArray &accessKeyId) const;

    QHash<QByteArray, Credentials> m_credentials;
    QStringList m_regions;
    const Clock *m_clock;
};
