// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include "auth/credentials.h"
#include "auth/sigv4signer.h"

class Clock;
class HttpRequest;
struct SandboxRequest;

// The outcome of checking one request's signature, in S3's words when it fails.
struct AuthOutcome
{
    enum class Scheme
    {
        Anonymous,
        SigV4Header,
        SigV4Query,
        HmacV1Header,
        HmacV1Query
    };
    Scheme scheme = Scheme::Anonymous;
    bool ok = false;
    QByteArray accessKeyId;
    QString region; // SigV4: the credential scope's region; empty for HMAC-v1
    // When !ok: the S3 error to answer.
    int status = 0;
    QByteArray code;
    QByteArray message;
    QList<std::pair<QByteArray, QByteArray>> extra; // more <Error> elements
};

// Verifies SigV4 (header and presigned, S3 rules) and HMAC-v1 (header and presigned) by rebuilding
// the canonical request from what arrived (the path as received, the decoded query, the received
// headers) with the core signers' own canonicalisation, and signing it with the known secret.
class AuthVerifier
{
public:
    static constexpr qint64 kMaxSkewSeconds = 15 * 60;

    AuthVerifier(QList<Credentials> credentials, const Clock *clock);

    // `virtualBucket`: the bucket named by the Host header (virtual-host addressing), else empty; HMAC-v1
    // signs "/bucket/key" either way.
    AuthOutcome verify(const SandboxRequest &request, const QByteArray &virtualBucket) const;
    // An x-amz-content-sha256 that verify() checks against the body's SHA-256: 64 lower-case hex
    // digits (not UNSIGNED-PAYLOAD or a STREAMING-… value). BodySink computes the SHA-256 for it.
    static bool isPayloadHash(QByteArrayView contentSha256);

private:
    AuthOutcome verifySigV4(const SandboxRequest &request, bool presigned) const;
    AuthOutcome verifyHmacV1(
        const SandboxRequest &request, const QByteArray &virtualBucket, bool presigned) const;
    const Credentials *find(const QByteArray &accessKeyId) const;
    bool checkSkew(const QDateTime &requestTime, AuthOutcome *outcome) const;

    QHash<QByteArray, Credentials> m_credentials;
    const Clock *m_clock;
    SigV4Signer m_s3Rules;
};
