// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/signer.h"

// AWS Signature Version 4, in the Authorization header or in the query (presigned), with the
// generic rules (path normalised, then encoded a second time) or the S3 rules (key encoded once,
// nothing normalised, x-amz-content-sha256 always sent). Headers are signed as botocore signs them:
// every header but a short list of ones that proxies and clients change.
class SigV4Signer final : public Signer
{
public:
    enum class Mode
    {
        Header,
        Query
    };
    enum class Rules
    {
        Generic,
        S3
    };

    struct Options
    {
        Mode mode = Mode::Header;
        Rules rules = Rules::Generic;
        bool normalizePath = true;    // Generic rules only
        bool signBody = false;        // Generic rules: also send and sign x-amz-content-sha256
        bool unsignedPayload = false; // S3 header mode: UNSIGNED-PAYLOAD instead of the body hash
    };

    static constexpr qint64 kMaxPresignSeconds = 7 * 24 * 3600;

    explicit SigV4Signer(Options options);

    QString sign(HttpRequest &request,
        const Credentials &credentials,
        const SigningParams &params,
        SigningTrace *trace = nullptr) const override;
    QString name() const override;

    const Options &options() const { return m_options; }

    // The pieces, exposed for the sandbox's verifier and the tests.
    QByteArray canonicalUri(const HttpRequest &request) const;
    static QByteArray canonicalQuery(const HttpRequest &request);
    // Fills the canonical header block ("name:value\n" lines) and the signed header list.
    static void canonicalHeaders(const HttpRequest &request, QByteArray *block, QByteArray *signedHeaders);
    // The canonical header block for exactly the headers a client declared it signed (a server's
    // verification): `signedHeaders` as in the Authorization header, "host;x-amz-date;…". A declared
    // header the request lacks gets an empty value, as servers compute it.
    static QByteArray canonicalHeadersFor(const HttpRequest &request, QByteArrayView signedHeaders);
    // Hex HMAC of stringToSign under the key derived from secret/date/region/service.
    static QByteArray signature(QByteArrayView secret,
        QByteArrayView date,
        QByteArrayView region,
        QByteArrayView service,
        QByteArrayView stringToSign);

private:
    QByteArray payloadHash(const HttpRequest &request) const;

    Options m_options;
};
