// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/hmacv1signer.h"

#include <algorithm>
#include <map>

#include <QList>

#include "auth/credentials.h"
#include "auth/crypto.h"
#include "transport/httprequest.h"

using namespace Qt::StringLiterals;

namespace {

// Trim, and unfold: a line break with the white space around it becomes one space.
QByteArray unfoldTrim(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\r' || c == '\n') {
            while (!out.isEmpty() && (out.back() == ' ' || out.back() == '\t'))
                out.chop(1);
            while (i + 1 < value.size()
                && (value[i + 1] == ' ' || value[i + 1] == '\t' || value[i + 1] == '\r'
                    || value[i + 1] == '\n'))
                ++i;
            out.append(' ');
            continue;
        }
        out.append(c);
    }
    return out.trimmed();
}

} // namespace

HmacV1Signer::HmacV1Signer(Options options)
    : m_options(options)
{}

QString HmacV1Signer::name() const
{
    QString n = m_options.flavor == Flavor::Google ? u"HMAC-v1 (GOOG1"_s : u"HMAC-v1 (AWS"_s;
    n += m_options.mode == Mode::Query ? u", presigned)"_s : u", header)"_s;
    return n;
}

QByteArray HmacV1Signer::headerPrefix() const
{
    return m_options.flavor == Flavor::Google ? QByteArrayLiteral("x-goog-") : QByteArrayLiteral("x-amz-");
}

bool HmacV1Signer::isSignedSubresource(QByteArrayView name)
{
    // boto 2's list, botocore's additions and Google's (websiteConfig, compose, defaultObjectAcl).
    static constexpr QByteArrayView names[] = {"accelerate",
        "acl",
        "analytics",
        "compose",
        "cors",
        "defaultObjectAcl",
        "delete",
        "inventory",
        "lifecycle",
        "location",
        "logging",
        "metrics",
        "notification",
        "object-lock",
        "partNumber",
        "policy",
        "replication",
        "requestPayment",
        "response-cache-control",
        "response-content-disposition",
        "response-content-encoding",
        "response-content-language",
        "response-content-type",
        "response-expires",
        "restore",
        "select",
        "select-type",
        "storageClass",
        "tagging",
        "torrent",
        "uploadId",
        "uploads",
        "versionId",
        "versioning",
        "versions",
        "website",
        "websiteConfig"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

QByteArray HmacV1Signer::canonicalResource(const HttpRequest &request)
{
    QByteArray out = !request.resourcePath.isEmpty() ? request.resourcePath
        : request.path.isEmpty()                     ? QByteArrayLiteral("/")
                                                     : request.path;
    QList<const QueryItem *> subresources;
    for (const QueryItem &item : request.query) {
        if (isSignedSubresource(item.name))
            subresources.append(&item);
    }
    std::stable_sort(subresources.begin(), subresources.end(), [](const QueryItem *a, const QueryItem *b) {
        return a->name < b->name;
    });
    for (int i = 0; i < subresources.size(); ++i) {
        out.append(i == 0 ? '?' : '&');
        out.append(subresources[i]->name); // values are not encoded here
        if (subresources[i]->hasValue)
            out.append('=').append(subresources[i]->value);
    }
    return out;
}

QByteArray HmacV1Signer::stringToSign(const HttpRequest &request, QByteArrayView dateLine) const
{
    const QByteArray prefix = headerPrefix();
    std::map<QByteArray, QByteArray> custom; // sorted by lower-case name; repeats joined with ','
    bool hasPrefixedDate = false;
    for (const HttpHeader &h : request.headers) {
        const QByteArray lower = h.name.toLower();
        if (!lower.startsWith(prefix))
            continue;
        hasPrefixedDate = hasPrefixedDate || lower == prefix + "date";
        const auto [slot, inserted] = custom.try_emplace(lower);
        if (!inserted)
            slot->second.append(',');
        slot->second.append(unfoldTrim(h.value));
    }
    QByteArray out;
    out.reserve(128);
    out.append(request.method.toUpper()).append('\n');
    out.append(request.header("Content-MD5").trimmed()).append('\n');
    out.append(request.header("Content-Type").trimmed()).append('\n');
    // With x-amz-date (x-goog-date) sent, the Date line is empty (AWS's rule).
    if (!hasPrefixedDate)
        out.append(dateLine);
    out.append('\n');
    for (const auto &[name, value] : custom)
        out.append(name).append(':').append(value).append('\n');
    out.append(canonicalResource(request));
    return out;
}

QString HmacV1Signer::sign(HttpRequest &request,
    const Credentials &credentials,
    const SigningParams &params,
    SigningTrace *trace) const
{
    if (!credentials.isValid())
        return u"HMAC-v1 needs an access key and a secret key."_s;
    if (!params.time.isValid())
        return u"HMAC-v1 needs the time of the request."_s;
    const bool google = m_options.flavor == Flavor::Google;
    const QByteArray tokenHeader = headerPrefix() + "security-token";
    if (!credentials.sessionToken().isEmpty())
        request.setHeader(tokenHeader, credentials.sessionToken());

    QByteArray sts;
    QByteArray sig;
    if (m_options.mode == Mode::Header) {
        request.removeHeader("Authorization");
        const QByteArray date = SigningTime::httpDate(params.time);
        request.setHeader("Date", date);
        sts = stringToSign(request, date);
        sig = Crypto::hmacSha1(credentials.secretKey(), sts).toBase64();
        request.setHeader("Authorization",
            (google ? QByteArrayLiteral("GOOG1 ") : QByteArrayLiteral("AWS ")) + credentials.accessKeyId()
                + ':' + sig);
    } else {
        if (params.expiresSeconds < 0)
            return u"A presigned URL cannot expire in the past."_s;
        const QByteArray expires = QByteArray::number(params.time.toSecsSinceEpoch() + params.expiresSeconds);
        const QByteArrayView idName
            = google ? QByteArrayView("GoogleAccessId") : QByteArrayView("AWSAccessKeyId");
        request.query.removeIf([idName](const QueryItem &item) {
            return item.name == idName || item.name == "Expires" || item.name == "Signature";
        });
        request.removeHeader("Date");
        sts = stringToSign(request, expires);
        sig = Crypto::hmacSha1(credentials.secretKey(), sts).toBase64();
        request.addQuery(idName.toByteArray(), credentials.accessKeyId());
        request.addQuery("Expires", expires);
        // A presigned URL carries the signed headers that a browser will not send by itself.
        for (const HttpHeader &h : std::as_const(request.headers)) {
            const QByteArray lower = h.name.toLower();
            if (lower.startsWith(headerPrefix()))
                request.addQuery(lower, h.value);
        }
        request.addQuery("Signature", sig);
    }
    if (trace)
        *trace = {QByteArray(), std::move(sts), std::move(sig)};
    return {};
}
