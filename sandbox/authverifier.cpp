// SPDX-License-Identifier: GPL-3.0-or-later
#include "authverifier.h"

#include <QDateTime>
#include <QTimeZone>

#include "auth/crypto.h"
#include "auth/hmacv1signer.h"
#include "s3xml.h"
#include "sandboxrequest.h"
#include "transport/clock.h"
#include "transport/clockskew.h"
#include "transport/httprequest.h"

namespace {

SigV4Signer::Options s3Rules()
{
    SigV4Signer::Options o;
    o.rules = SigV4Signer::Rules::S3;
    return o;
}

bool equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray spacedHex(const QByteArray &bytes)
{
    return bytes.toHex(' ');
}

AuthOutcome failure(AuthOutcome outcome, int status, QByteArray code, QByteArray message)
{
    outcome.ok = false;
    outcome.status = status;
    outcome.code = std::move(code);
    outcome.message = std::move(message);
    return outcome;
}

QDateTime parseAmzDate(const QByteArray &text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (t.isValid())
        t.setTimeZone(QTimeZone::utc());
    return t;
}

// A Date or x-amz-date header: the HTTP forms (RFC 1123 "GMT", RFC 850, asctime, ISO basic), or
// RFC 2822 with a numeric zone ("Tue, 24 Nov 2026 22:36:12 +0000"), which s3cmd sends and S3 takes.
std::optional<QDateTime> parseRequestTime(const QByteArray &raw)
{
    if (std::optional<QDateTime> time = ClockSkew::parseServerTime(raw))
        return time;
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(raw).trimmed(), Qt::RFC2822Date);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

constexpr QByteArrayView kMismatch = "The request signature we calculated does not match the signature you "
                                     "provided. Check your key and signing method.";

} // namespace

bool AuthVerifier::isPayloadHash(QByteArrayView contentSha256)
{
    if (contentSha256.size() != 64)
        return false;
    for (const char c : contentSha256) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

AuthVerifier::AuthVerifier(QList<Credentials> credentials, const Clock *clock)
    : m_clock(clock)
    , m_s3Rules(s3Rules())
{
    for (Credentials &c : credentials)
        m_credentials.insert(c.accessKeyId(), std::move(c));
}

const Credentials *AuthVerifier::find(const QByteArray &accessKeyId) const
{
    const auto it = m_credentials.constFind(accessKeyId);
    return it == m_credentials.constEnd() ? nullptr : &it.value();
}

bool AuthVerifier::checkSkew(const QDateTime &requestTime, AuthOutcome *outcome) const
{
    const QDateTime now = m_clock->nowUtc();
    if (std::abs(requestTime.secsTo(now)) <= kMaxSkewSeconds)
        return true;
    *outcome = failure(*outcome,
        403,
        "RequestTimeTooSkewed",
        "The difference between the request time and the current time is too large.");
    outcome->extra = {{"RequestTime", S3Xml::isoTime(requestTime)},
        {"ServerTime", S3Xml::isoTime(now)},
        {"MaxAllowedSkewMilliseconds", QByteArray::number(kMaxSkewSeconds * 1000)}};
    return false;
}

AuthOutcome AuthVerifier::verify(const SandboxRequest &request, const QByteArray &virtualBucket) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("AWS4-HMAC-SHA256 "))
        return verifySigV4(request, false);
    if (authorization.startsWith("AWS "))
        return verifyHmacV1(request, virtualBucket, false);
    if (!authorization.isEmpty()) {
        AuthOutcome outcome;
        return failure(outcome, 400, "InvalidArgument", "Unsupported Authorization Type");
    }
    if (request.hasQuery("X-Amz-Signature") || request.hasQuery("X-Amz-Algorithm"))
        return verifySigV4(request, true);
    if (request.hasQuery("Signature") && request.hasQuery("AWSAccessKeyId"))
        return verifyHmacV1(request, virtualBucket, true);
    AuthOutcome outcome;
    outcome.ok = true; // anonymous: what it may reach is the router's decision
    return outcome;
}

AuthOutcome AuthVerifier::verifySigV4(const SandboxRequest &request, bool presigned) const
{
    AuthOutcome outcome;
    outcome.scheme = presigned ? AuthOutcome::Scheme::SigV4Query : AuthOutcome::Scheme::SigV4Header;
    QByteArray credential;
    QByteArray signedHeaderList;
    QByteArray provided;
    QByteArray amzDate;
    if (presigned) {
        if (request.queryValue("X-Amz-Algorithm") != "AWS4-HMAC-SHA256")
            return failure(outcome,
                400,
                "AuthorizationQueryParametersError",
                "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
        credential = request.queryValue("X-Amz-Credential");
        signedHeaderList = request.queryValue("X-Amz-SignedHeaders");
        provided = request.queryValue("X-Amz-Signature");
        amzDate = request.queryValue("X-Amz-Date");
    } else {
        const QByteArray auth = request.header("Authorization");
        for (const QByteArray &part : auth.mid(auth.indexOf(' ') + 1).split(',')) {
            const QByteArray field = part.trimmed();
            if (field.startsWith("Credential="))
                credential = field.mid(11);
            else if (field.startsWith("SignedHeaders="))
                signedHeaderList = field.mid(14);
            else if (field.startsWith("Signature="))
                provided = field.mid(10);
        }
        amzDate = request.header("X-Amz-Date");
    }
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope[4] != "aws4_request" || signedHeaderList.isEmpty() || provided.isEmpty()) {
        return failure(outcome,
            400,
            presigned ? "AuthorizationQueryParametersError" : "AuthorizationHeaderMalformed",
            "The authorization header is malformed; the Credential is mal-formed; expecting "
            "\"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
    }
    outcome.accessKeyId = scope[0];
    outcome.region = QString::fromUtf8(scope[2]);
    const Credentials *credentials = find(scope[0]);
    if (!credentials) {
        outcome = failure(outcome,
            403,
            "InvalidAccessKeyId",
            "The AWS Access Key Id you provided does not exist in our records.");
        outcome.extra = {{"AWSAccessKeyId", scope[0]}};
        return outcome;
    }
    const QDateTime time = parseAmzDate(amzDate);
    if (!time.isValid()) {
        return failure(
            outcome, 403, "AccessDenied", "AWS authentication requires a valid Date or x-amz-date header");
    }
    if (scope[1] != amzDate.left(8)) {
        return failure(outcome,
            400,
            "AuthorizationHeaderMalformed",
            "The authorization header is malformed; Invalid credential date. Date is not the same as "
            "X-Amz-Date.");
    }
    if (scope[3] != "s3") {
        return failure(outcome,
            400,
            "AuthorizationHeaderMalformed",
            "The authorization header is malformed; incorrect service \"" + scope[3]
                + "\". This endpoint belongs to \"s3\".");
    }
    if (presigned) {
        bool ok = false;
        const qint64 expires = request.queryValue("X-Amz-Expires").toLongLong(&ok);
        if (!ok || expires < 0 || expires > SigV4Signer::kMaxPresignSeconds) {
            return failure(outcome,
                400,
                "AuthorizationQueryParametersError",
                "X-Amz-Expires must be less than a week (in seconds) that is 604800");
        }
        const QDateTime now = m_clock->nowUtc();
        if (now > time.addSecs(expires)) {
            outcome = failure(outcome, 403, "AccessDenied", "Request has expired");
            outcome.extra = {{"X-Amz-Expires", QByteArray::number(expires)},
                {"Expires", S3Xml::isoTime(time.addSecs(expires))},
                {"ServerTime", S3Xml::isoTime(now)}};
            return outcome;
        }
        if (time.secsTo(now) < -kMaxSkewSeconds)
            return failure(outcome, 403, "AccessDenied", "Request is not valid yet");
    } else if (!checkSkew(time, &outcome)) {
        return outcome;
    }

    // S3 wants every x-amz-* header that came with a header-signed request to be signed.
    if (!presigned) {
        const QList<QByteArray> declared = signedHeaderList.split(';');
        QByteArray unsigned_;
        for (const HttpHeader &h : request.headers) {
            const QByteArray lower = h.name.toLower();
            if (lower.startsWith("x-amz-") && !declared.contains(lower)
                && !unsigned_.split(',').contains(lower))
                unsigned_.append(unsigned_.isEmpty() ? "" : ",").append(lower);
        }
        if (!unsigned_.isEmpty()) {
            outcome = failure(outcome,
                403,
                "AccessDenied",
                "There were headers present in the request which were not signed");
            outcome.extra = {{"HeadersNotSigned", unsigned_}};
            return outcome;
        }
    }

    // The canonical request, rebuilt from what arrived.
    HttpRequest rebuilt;
    rebuilt.method = request.method;
    rebuilt.path = request.rawPath;
    rebuilt.host = request.header("Host");
    for (const QueryItem &item : request.query) {
        if (!(presigned && item.name == "X-Amz-Signature"))
            rebuilt.query.append(item);
    }
    rebuilt.headers = request.headers;
    QByteArray payload = request.header("X-Amz-Content-SHA256");
    if (payload.isEmpty()) {
        if (!presigned) {
            return failure(outcome,
                400,
                "InvalidRequest",
                "Missing required header for this request: x-amz-content-sha256");
        }
        payload = "UNSIGNED-PAYLOAD";
    }
    // Exactly the headers the client declared, as S3 rebuilds them (a declared header that did not
    // arrive counts as empty and so fails the signature).
    const QByteArray block = SigV4Signer::canonicalHeadersFor(rebuilt, signedHeaderList);
    QByteArray canonical = request.method + '\n' + m_s3Rules.canonicalUri(rebuilt) + '\n'
        + SigV4Signer::canonicalQuery(rebuilt) + '\n' + block + '\n' + signedHeaderList + '\n' + payload;
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope[1] + '/' + scope[2] + '/'
        + scope[3] + "/aws4_request\n" + Crypto::sha256Hex(canonical);
    const QByteArray expected
        = SigV4Signer::signature(credentials->secretKey(), scope[1], scope[2], scope[3], stringToSign);
    if (!equalConstantTime(expected, provided)) {
        outcome = failure(outcome, 403, "SignatureDoesNotMatch", kMismatch.toByteArray());
        outcome.extra = {{"AWSAccessKeyId", scope[0]},
            {"StringToSign", stringToSign},
            {"SignatureProvided", provided},
            {"StringToSignBytes", spacedHex(stringToSign)},
            {"CanonicalRequest", canonical},
            {"CanonicalRequestBytes", spacedHex(canonical)}};
        return outcome;
    }
    if (isPayloadHash(payload)) {
        const QByteArray computed = request.bodySha256.toHex();
        if (computed != payload) {
            outcome = failure(outcome,
                400,
                "XAmzContentSHA256Mismatch",
                "The provided 'x-amz-content-sha256' header does not match what was computed.");
            outcome.extra = {{"ClientComputedContentSHA256", payload}, {"S3ComputedContentSHA256", computed}};
            return outcome;
        }
    } else if (payload != "UNSIGNED-PAYLOAD") {
        return failure(outcome,
            payload.startsWith("STREAMING-") ? 501 : 400,
            payload.startsWith("STREAMING-") ? "NotImplemented" : "InvalidArgument",
            "x-amz-content-sha256 must be UNSIGNED-PAYLOAD or the hex SHA-256 of the body; the sandbox "
            "does not take aws-chunked bodies yet.");
    }
    outcome.ok = true;
    return outcome;
}

AuthOutcome AuthVerifier::verifyHmacV1(
    const SandboxRequest &request, const QByteArray &virtualBucket, bool presigned) const
{
    AuthOutcome outcome;
    outcome.scheme = presigned ? AuthOutcome::Scheme::HmacV1Query : AuthOutcome::Scheme::HmacV1Header;
    QByteArray accessKeyId;
    QByteArray provided;
    QByteArray dateLine;
    if (presigned) {
        accessKeyId = request.queryValue("AWSAccessKeyId");
        provided = request.queryValue("Signature");
        dateLine = request.queryValue("Expires");
    } else {
        const QByteArray auth = request.header("Authorization").mid(4);
        const qsizetype colon = auth.lastIndexOf(':');
        if (colon <= 0)
            return failure(outcome,
                400,
                "InvalidArgument",
                "AWS authorization header is invalid.  Expected AwsAccessKeyId:signature");
        accessKeyId = auth.left(colon);
        provided = auth.mid(colon + 1);
        dateLine = request.header("Date");
    }
    outcome.accessKeyId = accessKeyId;
    const Credentials *credentials = find(accessKeyId);
    if (!credentials) {
        outcome = failure(outcome,
            403,
            "InvalidAccessKeyId",
            "The AWS Access Key Id you provided does not exist in our records.");
        outcome.extra = {{"AWSAccessKeyId", accessKeyId}};
        return outcome;
    }
    const QDateTime now = m_clock->nowUtc();
    if (presigned) {
        bool ok = false;
        const qint64 expires = dateLine.toLongLong(&ok);
        if (!ok || now.toSecsSinceEpoch() > expires) {
            outcome = failure(outcome, 403, "AccessDenied", "Request has expired");
            outcome.extra
                = {{"Expires", S3Xml::isoTime(QDateTime::fromSecsSinceEpoch(expires, QTimeZone::utc()))},
                    {"ServerTime", S3Xml::isoTime(now)}};
            return outcome;
        }
    } else {
        const QByteArray amzDate = request.header("X-Amz-Date");
        const std::optional<QDateTime> time = parseRequestTime(amzDate.isEmpty() ? dateLine : amzDate);
        if (!time) {
            return failure(outcome,
                403,
                "AccessDenied",
                "AWS authentication requires a valid Date or x-amz-date header");
        }
        if (!checkSkew(*time, &outcome))
            return outcome;
    }
    HttpRequest rebuilt;
    rebuilt.method = request.method;
    rebuilt.path = request.rawPath;
    rebuilt.resourcePath = virtualBucket.isEmpty() ? request.rawPath : '/' + virtualBucket + request.rawPath;
    rebuilt.headers = request.headers;
    rebuilt.query = request.query;
    HmacV1Signer::Options options;
    options.mode = presigned ? HmacV1Signer::Mode::Query : HmacV1Signer::Mode::Header;
    const QByteArray stringToSign = HmacV1Signer(options).stringToSign(rebuilt, dateLine);
    const QByteArray expected = Crypto::hmacSha1(credentials->secretKey(), stringToSign).toBase64();
    if (!equalConstantTime(expected, provided)) {
        outcome = failure(outcome, 403, "SignatureDoesNotMatch", kMismatch.toByteArray());
        outcome.extra = {{"AWSAccessKeyId", accessKeyId},
            {"StringToSign", stringToSign},
            {"SignatureProvided", provided},
            {"StringToSignBytes", spacedHex(stringToSign)}};
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}
