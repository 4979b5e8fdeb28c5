// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/signer.h"

// S3's HMAC-SHA1 "v1" signature ("Authorization: AWS key:sig"), its Google Cloud Storage variant
// ("GOOG1", x-goog- headers) and the presigned query form of both (AWSAccessKeyId or GoogleAccessId,
// Expires, Signature).
class HmacV1Signer final : public Signer
{
public:
    enum class Flavor
    {
        Aws,
        Google
    };
    enum class Mode
    {
        Header,
        Query
    };

    struct Options
    {
        Flavor flavor = Flavor::Aws;
        Mode mode = Mode::Header;
    };

    explicit HmacV1Signer(Options options);

    QString sign(HttpRequest &request,
        const Credentials &credentials,
        const SigningParams &params,
        SigningTrace *trace = nullptr) const override;
    QString name() const override;

    // The string to sign. `dateLine` is the Date header, or the Expires seconds for the query form.
    QByteArray stringToSign(const HttpRequest &request, QByteArrayView dateLine) const;
    // The CanonicalizedResource: resourcePath (or path) plus the subresources that count.
    static QByteArray canonicalResource(const HttpRequest &request);
    static bool isSignedSubresource(QByteArrayView name);

private:
    QByteArray headerPrefix() const;
    Options m_options;
};
