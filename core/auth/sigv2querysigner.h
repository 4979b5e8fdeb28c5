// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/signer.h"

// Query Signature Version 2 for EC2-style APIs (AWS's older endpoints, Eucalyptus): the parameters,
// sorted by name, with the verb, host and path, signed with HmacSHA256 or HmacSHA1. The parameters
// go in the form body of a POST or the query of a GET.
class SigV2QuerySigner final : public Signer
{
public:
    enum class Algorithm
    {
        HmacSHA256,
        HmacSHA1
    };
    // AWS signs the Host header value (host:port off the default port); boto 2 signed the bare host
    // name even on port 8773. Eucalyptus accepts both.
    enum class HostForm
    {
        WithPort,
        WithoutPort
    };

    struct Options
    {
        Algorithm algorithm = Algorithm::HmacSHA256;
        HostForm hostForm = HostForm::WithPort;
    };

    explicit SigV2QuerySigner(Options options);

    QString sign(HttpRequest &request,
        const Credentials &credentials,
        const SigningParams &params,
        SigningTrace *trace = nullptr) const override;
    QString name() const override;

    // The string to sign for a request whose parameters already include the auth parameters
    // (the sandbox verifies with this).
    QByteArray stringToSign(const HttpRequest &request) const;
    QByteArray computeSignature(QByteArrayView secret, QByteArrayView stringToSign) const;

private:
    Options m_options;
};
