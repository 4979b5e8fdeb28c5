// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QString>

class Signer;

// The signing schemes by the names users, profiles and skylight-cli give them.
enum class SigningAlgorithm
{
    SigV4,     // generic rules (EC2 and other Query services)
    SigV4S3,   // S3 rules
    SigV2,     // Query SigV2, HmacSHA256
    SigV2Sha1, // Query SigV2, HmacSHA1
    S3V1,      // S3 HMAC-v1 "AWS key:sig"
    GoogV1,    // GCS HMAC-v1 "GOOG1 key:sig"
    Low,       // Internet Archive
};

struct SignerChoice
{
    SigningAlgorithm algorithm = SigningAlgorithm::SigV4;
    bool presign = false;         // query-string form (SigV4 and HMAC-v1)
    bool normalizePath = true;    // SigV4 generic
    bool signBody = false;        // SigV4 generic
    bool unsignedPayload = false; // SigV4 S3 header
    bool v2HostWithPort = true;   // Query SigV2
};

std::optional<SigningAlgorithm> signingAlgorithmFromName(const QString &name);
QString signingAlgorithmName(SigningAlgorithm algorithm);
std::unique_ptr<Signer> makeSigner(const SignerChoice &choice);
