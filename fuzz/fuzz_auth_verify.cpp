// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's signature verifiers (S3: SigV4 header and presigned, HMAC-v1 header and presigned;
// EC2: Query SigV2 and SigV4) on raw requests as they arrive. Properties: no signed request passes
// under two different secrets for the same key id; a refusal has an HTTP error status and a code;
// the secret never appears in what is answered.
#include <QTimeZone>

#include "authverifier.h"
#include "ec2/ec2authverifier.h"
#include "fixedclock.h"
#include "sandboxinput.h"

namespace {

constexpr QByteArrayView kKeyId = "AKIDEXAMPLE";
constexpr QByteArrayView kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
constexpr QByteArrayView kOtherSecret = "another-secret-of-the-same-key-id-000000";

void checkNoSecret(const QByteArray &text)
{
    FUZZ_CHECK(!text.contains(kSecret.toByteArray()));
    FUZZ_CHECK(!text.contains(kOtherSecret.toByteArray()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray wire = fuzzBytes(data, size);
    const std::optional<SandboxRequest> request = sandboxRequestFrom(wire);
    if (!request)
        return 0;
    // An answer may echo the request (StringToSign, CanonicalRequest): only a secret that did not
    // come in with it counts as leaked.
    const bool echoes = wire.contains(kSecret.toByteArray()) || wire.contains(kOtherSecret.toByteArray());
    // The time of the seeds (the AWS SigV4 suite's), so that their signatures get checked.
    static const FixedClock clock(QDateTime(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc()));
    static const AuthVerifier s3({Credentials(kKeyId.toByteArray(), kSecret.toByteArray())}, &clock);
    static const AuthVerifier s3Other(
        {Credentials(kKeyId.toByteArray(), kOtherSecret.toByteArray())}, &clock);
    static const Ec2AuthVerifier ec2(
        {Credentials(kKeyId.toByteArray(), kSecret.toByteArray())}, {QStringLiteral("us-east-1")}, &clock);
    static const Ec2AuthVerifier ec2Other({Credentials(kKeyId.toByteArray(), kOtherSecret.toByteArray())},
        {QStringLiteral("us-east-1")},
        &clock);

    for (const QByteArray &virtualBucket : {QByteArray(), QByteArray("bucket")}) {
        const AuthOutcome a = s3.verify(*request, virtualBucket);
        const AuthOutcome b = s3Other.verify(*request, virtualBucket);
        FUZZ_CHECK(a.scheme == b.scheme);
        if (a.scheme != AuthOutcome::Scheme::Anonymous)
            FUZZ_CHECK(!(a.ok && b.ok));
        for (const AuthOutcome &o : {a, b}) {
            if (o.ok)
                continue;
            FUZZ_CHECK(o.status >= 400 && o.status <= 599);
            FUZZ_CHECK(!o.code.isEmpty());
            if (echoes)
                continue;
            checkNoSecret(o.message);
            for (const auto &extra : o.extra)
                checkNoSecret(extra.second);
        }
    }
    const Ec2AuthOutcome a = ec2.verify(*request, request->query, false);
    const Ec2AuthOutcome b = ec2Other.verify(*request, request->query, false);
    FUZZ_CHECK(!(a.ok && b.ok));
    for (const Ec2AuthOutcome &o : {a, b}) {
        if (o.ok)
            continue;
        FUZZ_CHECK(o.status >= 400 && o.status <= 599);
        FUZZ_CHECK(!o.code.isEmpty());
        if (!echoes)
            checkNoSecret(o.message);
    }
    return 0;
}
