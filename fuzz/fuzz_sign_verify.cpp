// SPDX-License-Identifier: GPL-3.0-or-later
// The core signers against the sandbox's verifier: a request the fuzzer shapes (method, key, query,
// x-amz-meta headers, body) is signed with SigV4 (S3 rules, header or presigned) or HMAC-v1 (header
// or presigned), written on the wire, read by the sandbox's parser and verified. It must pass, and
// must not pass under another secret for the same key id.
#include <QTimeZone>

#include "auth/credentials.h"
#include "auth/hmacv1signer.h"
#include "auth/sigv4signer.h"
#include "auth/uriencode.h"
#include "authverifier.h"
#include "fixedclock.h"
#include "sandboxinput.h"
#include "transport/rawhttprequest.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray takeBytes(FuzzedDataProvider &in, size_t most)
{
    const std::string s = in.ConsumeRandomLengthString(most);
    return QByteArray(s.data(), qsizetype(s.size()));
}

// Names a client would never use for its own parameters: the signatures' own.
bool isSigningParameter(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower.startsWith("x-amz-") || lower == "signature" || lower == "awsaccesskeyid"
        || lower == "expires" || lower == "googleaccessid";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static const FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(1, 30), QTimeZone::utc()));
    static const Credentials key("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    static const AuthVerifier verifier({key}, &clock);
    static const AuthVerifier otherSecret({Credentials("AKIDEXAMPLE", "another-secret-0000")}, &clock);

    FuzzedDataProvider in(data, size);
    const int scheme = in.ConsumeIntegralInRange<int>(0, 3);
    static const char *const kMethods[] = {"GET", "PUT", "HEAD", "DELETE", "POST"};
    HttpRequest request;
    request.scheme = "http";
    request.host = "127.0.0.1";
    request.port = 9000;
    request.method = kMethods[in.ConsumeIntegralInRange<int>(0, 4)];
    request.path = "/bucket" + UriEncode::s3KeyPath(QString::fromUtf8(takeBytes(in, 300)));
    for (int i = in.ConsumeIntegralInRange<int>(0, 3); i > 0; --i) {
        const QByteArray name = takeBytes(in, 30);
        const bool bare = in.ConsumeBool();
        const QByteArray value = takeBytes(in, 60);
        if (name.isEmpty() || isSigningParameter(name))
            continue;
        if (bare)
            request.addBareQuery(name);
        else
            request.addQuery(name, value);
    }
    for (int i = in.ConsumeIntegralInRange<int>(0, 3); i > 0; --i) {
        QByteArray name = "x-amz-meta-";
        for (const char c : takeBytes(in, 20)) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
                name += c;
        }
        QByteArray value = takeBytes(in, 60);
        value.replace('\r', ' ').replace('\n', ' ');
        request.addHeader(name, value);
    }
    if (request.method == "PUT" || request.method == "POST")
        request.body = takeBytes(in, 2000);

    SigningParams params;
    params.time = clock.nowUtc();
    params.region = u"us-east-1"_s;
    params.service = u"s3"_s;
    params.expiresSeconds = 3600;
    QString refused;
    if (scheme < 2) {
        SigV4Signer::Options options;
        options.rules = SigV4Signer::Rules::S3;
        options.mode = scheme == 0 ? SigV4Signer::Mode::Header : SigV4Signer::Mode::Query;
        refused = SigV4Signer(options).sign(request, key, params);
    } else {
        HmacV1Signer::Options options;
        options.mode = scheme == 2 ? HmacV1Signer::Mode::Header : HmacV1Signer::Mode::Query;
        refused = HmacV1Signer(options).sign(request, key, params);
    }
    FUZZ_CHECK(refused.isEmpty());

    const QByteArray wire = RawHttpRequest::serializeForWire(request);
    const std::optional<SandboxRequest> received = sandboxRequestFrom(wire);
    FUZZ_CHECK(received.has_value());
    const AuthOutcome outcome = verifier.verify(*received, {});
    if (!outcome.ok) {
        std::fprintf(stderr,
            "refused: %d %s %s\n",
            outcome.status,
            outcome.code.constData(),
            outcome.message.constData());
        for (const auto &extra : outcome.extra)
            std::fprintf(stderr, "  %s: %s\n", extra.first.constData(), extra.second.constData());
        std::fprintf(stderr, "wire:\n%s\n", wire.constData());
    }
    FUZZ_CHECK(outcome.ok);
    FUZZ_CHECK(outcome.scheme != AuthOutcome::Scheme::Anonymous);
    FUZZ_CHECK(!otherSecret.verify(*received, {}).ok);
    return 0;
}
