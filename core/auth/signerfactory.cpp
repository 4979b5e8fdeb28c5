// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/signerfactory.h"

#include "auth/hmacv1signer.h"
#include "auth/lowauthsigner.h"
#include "auth/sigv2querysigner.h"
#include "auth/sigv4signer.h"

using namespace Qt::StringLiterals;

namespace {

struct NamedAlgorithm
{
    const char16_t *name;
    SigningAlgorithm algorithm;
};

constexpr NamedAlgorithm kNames[] = {
    {u"v4", SigningAlgorithm::SigV4},
    {u"v4-s3", SigningAlgorithm::SigV4S3},
    {u"v2", SigningAlgorithm::SigV2},
    {u"v2-sha1", SigningAlgorithm::SigV2Sha1},
    {u"s3-v1", SigningAlgorithm::S3V1},
    {u"goog-v1", SigningAlgorithm::GoogV1},
    {u"low", SigningAlgorithm::Low},
};

} // namespace

std::optional<SigningAlgorithm> signingAlgorithmFromName(const QString &name)
{
    for (const NamedAlgorithm &entry : kNames) {
        if (name == QStringView(entry.name))
            return entry.algorithm;
    }
    return std::nullopt;
}

QString signingAlgorithmName(SigningAlgorithm algorithm)
{
    for (const NamedAlgorithm &entry : kNames) {
        if (entry.algorithm == algorithm)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::unique_ptr<Signer> makeSigner(const SignerChoice &choice)
{
    switch (choice.algorithm) {
    case SigningAlgorithm::SigV4:
    case SigningAlgorithm::SigV4S3: {
        SigV4Signer::Options o;
        o.mode = choice.presign ? SigV4Signer::Mode::Query : SigV4Signer::Mode::Header;
        o.rules = choice.algorithm == SigningAlgorithm::SigV4S3 ? SigV4Signer::Rules::S3
                                                                : SigV4Signer::Rules::Generic;
        o.normalizePath = choice.normalizePath;
        o.signBody = choice.signBody;
        o.unsignedPayload = choice.unsignedPayload;
        return std::make_unique<SigV4Signer>(o);
    }
    case SigningAlgorithm::SigV2:
    case SigningAlgorithm::SigV2Sha1: {
        SigV2QuerySigner::Options o;
        o.algorithm = choice.algorithm == SigningAlgorithm::SigV2Sha1
            ? SigV2QuerySigner::Algorithm::HmacSHA1
            : SigV2QuerySigner::Algorithm::HmacSHA256;
        o.hostForm = choice.v2HostWithPort ? SigV2QuerySigner::HostForm::WithPort
                                           : SigV2QuerySigner::HostForm::WithoutPort;
        return std::make_unique<SigV2QuerySigner>(o);
    }
    case SigningAlgorithm::S3V1:
    case SigningAlgorithm::GoogV1: {
        HmacV1Signer::Options o;
        o.flavor = choice.algorithm == SigningAlgorithm::GoogV1 ? HmacV1Signer::Flavor::Google
                                                                : HmacV1Signer::Flavor::Aws;
        o.mode = choice.presign ? HmacV1Signer::Mode::Query : HmacV1Signer::Mode::Header;
        return std::make_unique<HmacV1Signer>(o);
    }
    case SigningAlgorithm::Low:
        return std::make_unique<LowAuthSigner>();
    }
    return nullptr;
}
