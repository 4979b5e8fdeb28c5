// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2authverifier.h"

#include <QDateTime>
#include <QTimeZone>

#include "auth/crypto.h"
#include "auth/sigv2querysigner.h"
#include "auth/sigv4signer.h"
#include "sandboxrequest.h"
#include "transport/clock.h"
#include "transport/clockskew.h"

using namespace Qt::StringLiterals;

namespace {

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

Ec2AuthOutcome failure(Ec2AuthOutcome outcome, int status, QByteArray code, QByteArray message)
{
    outcome.ok = false;
    outcome.status = status;
    outcome.code = std::move(code);
    outcome.message = std::move(message);
    return outcome;
}

QByteArray valueOf(const QList<QueryItem> &items, QByteArrayView name)
{
    for (const QueryItem &item : items) {
        if (item.name == name)
            return item.value;
    }
    return {};
}

constexpr QByteArrayView kMismatch = "The request signature we calculated does not match the signature you "
                                     "provided. Check your AWS Secret Access Key and signing method. Consult "
                                     "the service documentation for details.";
constexpr QByteArrayView kUnknownKey = "AWS was not able to validate the provided access credentials";

SigV4Signer::Options genericRules()
{
    SigV4Signer::Options o;
    o.rules = SigV4Signer::Rules::Generic;
    return o;
}

} // namespace

Ec2AuthVerifier::Ec2AuthVerifier(QList<Credentials> credentials, QStringList regions, const Clock *clock)
    : m_regions(std::move(regions))
    , m_clock(clock)
{
    for (Credentials &c : credentials)
        m_credentials.insert(c.accessKeyId(), std::move(c));
}

const Credentials *Ec2AuthVerifier::find(const QByteArray &accessKeyId) const
{
    const auto it = m_credentials.constFind(accessKeyId);
    return it == m_credentials.constEnd() ? nullptr : &it.value();
}

Ec2AuthOutcome Ec2AuthVerifier::verify(
    const SandboxRequest &request, const QList<QueryItem> &signedParams, bool formBody) const
{
    if (request.header("Authorization").startsWith("AWS4-HMAC-SHA256 "))
        return verifySigV4(request, false);
    if (!valueOf(request.query, "X-Amz-Algorithm").isEmpty())
        return verifySigV4(request, true);
    if (!valueOf(signedParams, "Signature").isEmpty() || !valueOf(signedParams, "AWSAccessKeyId").isEmpty())
        return verifySigV2(request, signedParams, formBody);
    return failure({}, 401, "MissingAuthenticationToken", "Request is missing Authentication Token");
}

Ec2AuthOutcome Ec2AuthVerifier::verifySigV2(
    const SandboxRequest &request, const QList<QueryItem> &params, bool formBody) const
{
    Ec2AuthOutcome outcome;
    outcome.accessKeyId = valueOf(params, "AWSAccessKeyId");
    const QByteArray provided = valueOf(params, "Signature");
    if (outcome.accessKeyId.isEmpty() || provided.isEmpty())
        return failure(outcome, 401, "AuthFailure", "Query SigV2 needs both AWSAccessKeyId and Signature");
    if (valueOf(params, "SignatureVersion") != "2")
        return failure(outcome,
            400,
            "InvalidParameterValue",
            "Value (" + valueOf(params, "SignatureVersion") + ") for parameter SignatureVersion is invalid");
    const QByteArray method = valueOf(params, "SignatureMethod");
    if (method != "HmacSHA256" && method != "HmacSHA1")
        return failure(outcome,
            400,
            "InvalidParameterValue",
            "Value (" + method + ") for parameter SignatureMethod is invalid");
    const Credentials *credentials = find(outcome.accessKeyId);
    if (!credentials)
        return failure(outcome, 401, "AuthFailure", kUnknownKey.toByteArray());

    const QDateTime now = m_clock->nowUtc();
    const QByteArray timestamp = valueOf(params, "Timestamp");
    const QByteArray expires = valueOf(params, "Expires");
    if (!timestamp.isEmpty()) {
        const std::optional<QDateTime> time = ClockSkew::parseServerTime(timestamp);
        if (!time)
            return failure(outcome,
                400,
                "InvalidParameterValue",
                "Value (" + timestamp + ") for parameter Timestamp is invalid");
        if (std::abs(time->secsTo(now)) > kMaxSkewSeconds)
            return failure(
                outcome, 400, "RequestExpired", "Request has expired. Timestamp date is " + timestamp);
    } else if (!expires.isEmpty()) {
        const std::optional<QDateTime> time = ClockSkew::parseServerTime(expires);
        if (!time)
            return failure(outcome,
                400,
                "InvalidParameterValue",
                "Value (" + expires + ") for parameter Expires is invalid");
        if (*time < now)
            return failure(outcome, 400, "RequestExpired", "Request has expired. Expires date is " + expires);
    } else {
        return failure(
            outcome, 400, "MissingParameter", "The request must contain the parameter Timestamp or Expires");
    }

    HttpRequest rebuilt;
    rebuilt.method = request.method;
    rebuilt.scheme = "http";
    rebuilt.path = request.rawPath;
    rebuilt.isForm = formBody;
    (formBody ? rebuilt.form : rebuilt.query) = params;
    SigV2QuerySigner::Options options;
    options.algorithm = method == "HmacSHA1" ? SigV2QuerySigner::Algorithm::HmacSHA1
                                             : SigV2QuerySigner::Algorithm::HmacSHA256;
    const SigV2QuerySigner signer(options);
    // The Host header as sent (host:port), then the bare host (boto 2 signs it without the port).
    const QByteArray host = request.header("Host");
    const qsizetype colon = host.lastIndexOf(':');
    const bool hasPort = colon > 0 && !host.endsWith(']');
    const QByteArray bareHost = hasPort ? host.left(colon) : host;
    const int port = hasPort ? host.mid(colon + 1).toInt() : -1;
    for (const int candidatePort : {port, -1}) {
        rebuilt.host = bareHost;
        rebuilt.port = candidatePort;
        const QByteArray expected
            = signer.computeSignature(credentials->secretKey(), signer.stringToSign(rebuilt));
        if (equalConstantTime(expected, provided)) {
            outcome.ok = true;
            return outcome;
        }
        if (!hasPort)
            break;
    }
    return failure(outcome, 403, "SignatureDoesNotMatch", kMismatch.toByteArray());
}

Ec2AuthOutcome Ec2AuthVerifier::verifySigV4(const SandboxRequest &request, bool presigned) const
{
    Ec2AuthOutcome outcome;
    outcome.sigV4 = true;
    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray provided;
    QByteArray amzDate;
    if (presigned) {
        if (valueOf(request.query, "X-Amz-Algorithm") != "AWS4-HMAC-SHA256")
            return failure(outcome, 401, "AuthFailure", "X-Amz-Algorithm must be AWS4-HMAC-SHA256");
        credential = valueOf(request.query, "X-Amz-Credential");
        signedHeaders = valueOf(request.query, "X-Amz-SignedHeaders");
        provided = valueOf(request.query, "X-Amz-Signature");
        amzDate = valueOf(request.query, "X-Amz-Date");
    } else {
        const QByteArray auth = request.header("Authorization");
        for (const QByteArray &part : auth.mid(auth.indexOf(' ') + 1).split(',')) {
            const QByteArray field = part.trimmed();
            if (field.startsWith("Credential="))
                credential = field.mid(11);
            else if (field.startsWith("SignedHeaders="))
                signedHeaders = field.mid(14);
            else if (field.startsWith("Signature="))
                provided = field.mid(10);
        }
        amzDate = request.header("X-Amz-Date");
    }
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope[4] != "aws4_request" || signedHeaders.isEmpty() || provided.isEmpty()) {
        return failure(outcome,
            401,
            "AuthFailure",
            presigned
                ? "The presigned query (X-Amz-Credential, X-Amz-SignedHeaders, X-Amz-Signature) is malformed"
                : "The Authorization header is malformed");
    }
    outcome.accessKeyId = scope[0];
    outcome.region = QString::fromUtf8(scope[2]);
    const Credentials *credentials = find(scope[0]);
    if (!credentials)
        return failure(outcome, 401, "AuthFailure", kUnknownKey.toByteArray());
    if (scope[3] != "ec2")
        return failure(outcome,
            403,
            "SignatureDoesNotMatch",
            "Credential should be scoped to correct service: 'ec2'. (was '" + scope[3] + "')");
    if (!m_regions.contains(outcome.region))
        return failure(outcome,
            401,
            "AuthFailure",
            "Credential should be scoped to a valid region, not '" + scope[2] + "'. ");
    const std::optional<QDateTime> time
        = ClockSkew::parseServerTime(amzDate.isEmpty() && !presigned ? request.header("Date") : amzDate);
    if (!time) {
        return failure(outcome,
            400,
            "MissingParameter",
            presigned ? "The request must contain the parameter X-Amz-Date"
                      : "The request must contain the header X-Amz-Date");
    }
    const QDateTime now = m_clock->nowUtc();
    if (presigned) {
        // Valid from its signing time (less the allowed skew) until X-Amz-Expires seconds later.
        bool ok = false;
        const qint64 expires = valueOf(request.query, "X-Amz-Expires").toLongLong(&ok);
        if (!ok || expires < 0 || expires > SigV4Signer::kMaxPresignSeconds) {
            return failure(outcome,
                400,
                "InvalidParameterValue",
                "X-Amz-Expires must be a number of seconds from 0 to 604800");
        }
        if (now > time->addSecs(expires) || time->secsTo(now) < -kMaxSkewSeconds)
            return failure(outcome, 400, "RequestExpired", "Request has expired.");
    } else if (std::abs(time->secsTo(now)) > kMaxSkewSeconds) {
        return failure(outcome, 400, "RequestExpired", "Request has expired.");
    }
    const QByteArray signedAt = amzDate.isEmpty() ? SigningTime::amzDate(*time) : amzDate;
    if (scope[1] != signedAt.left(8))
        return failure(
            outcome, 403, "SignatureDoesNotMatch", "The credential date does not match X-Amz-Date");

    const QByteArray bodyHash = request.bodySha256.toHex();
    const QByteArray declared = request.header("X-Amz-Content-SHA256");
    if (!declared.isEmpty() && declared != bodyHash)
        return failure(outcome, 400, "InvalidParameterValue", "x-amz-content-sha256 does not match the body");

    HttpRequest rebuilt;
    rebuilt.method = request.method;
    rebuilt.path = request.rawPath;
    rebuilt.host = request.header("Host");
    for (const QueryItem &item : request.query) {
        if (!(presigned && item.name == "X-Amz-Signature"))
            rebuilt.query.append(item);
    }
    rebuilt.headers = request.headers;
    const QByteArray canonical = request.method + '\n' + SigV4Signer(genericRules()).canonicalUri(rebuilt)
        + '\n' + SigV4Signer::canonicalQuery(rebuilt) + '\n'
        + SigV4Signer::canonicalHeadersFor(rebuilt, signedHeaders) + '\n' + signedHeaders + '\n' + bodyHash;
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + signedAt + '\n' + scope[1] + '/' + scope[2] + '/'
        + scope[3] + "/aws4_request\n" + Crypto::sha256Hex(canonical);
    const QByteArray expected
        = SigV4Signer::signature(credentials->secretKey(), scope[1], scope[2], scope[3], stringToSign);
    if (!equalConstantTime(expected, provided))
        return failure(outcome, 403, "SignatureDoesNotMatch", kMismatch.toByteArray());
    outcome.ok = true;
    return outcome;
}
