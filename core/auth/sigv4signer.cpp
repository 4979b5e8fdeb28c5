// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/sigv4signer.h"

#include <algorithm>

#include <QList>
#include <QVarLengthArray>

#include <openssl/crypto.h>

#include "auth/credentials.h"
#include "auth/crypto.h"
#include "auth/securebytes.h"
#include "auth/uriencode.h"
#include "transport/httprequest.h"

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kAlgorithm = "AWS4-HMAC-SHA256";
constexpr QByteArrayView kUnsignedPayload = "UNSIGNED-PAYLOAD";
constexpr QByteArrayView kFormContentType = "application/x-www-form-urlencoded; charset=utf-8";

// Headers that clients, proxies and load balancers add or rewrite; signing them breaks requests.
bool isUnsignedHeader(QByteArrayView lowerName)
{
    static constexpr QByteArrayView skip[] = {"authorization",
        "expect",
        "user-agent",
        "x-amzn-trace-id",
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade"};
    return std::find(std::begin(skip), std::end(skip), lowerName) != std::end(skip);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Trimall: trim, and fold every run of white space (folded lines included) into one space.
void appendTrimmed(QByteArray &out, QByteArrayView value)
{
    // Most values need nothing: no white space at the ends, single plain spaces inside.
    bool plain = value.isEmpty() || (!isSpace(value.front()) && !isSpace(value.back()));
    for (qsizetype i = 0; plain && i < value.size(); ++i) {
        const char c = value[i];
        if (isSpace(c) && (c != ' ' || isSpace(value[i + 1])))
            plain = false;
    }
    if (plain) {
        out.append(value);
        return;
    }
    bool pendingSpace = false;
    bool any = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = any;
            continue;
        }
        if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
        }
        out.append(c);
        any = true;
    }
}

void removeQueryItem(HttpRequest &request, QByteArrayView name)
{
    request.query.removeIf([name](const QueryItem &item) { return item.name == name; });
}

QByteArray scopeOf(QByteArrayView date, QByteArrayView region, QByteArrayView service)
{
    QByteArray scope;
    scope.reserve(32 + region.size() + service.size());
    scope.append(date).append('/').append(region).append('/').append(service).append("/aws4_request");
    return scope;
}

} // namespace

SigV4Signer::SigV4Signer(Options options)
    : m_options(options)
{}

QString SigV4Signer::name() const
{
    QString n = m_options.rules == Rules::S3 ? u"SigV4 (S3"_s : u"SigV4 (generic"_s;
    n += m_options.mode == Mode::Query ? u", presigned)"_s : u", header)"_s;
    return n;
}

QByteArray SigV4Signer::canonicalUri(const HttpRequest &request) const
{
    const QByteArray path = request.path.isEmpty() ? QByteArrayLiteral("/") : request.path;
    if (m_options.rules == Rules::S3) { // encoded once, never normalised
        if (UriEncode::isCanonicallyEncoded(path, UriEncode::Slash::Keep))
            return path; // what our own jobs send: no need to decode and encode again
        return UriEncode::encode(UriEncode::decode(path), UriEncode::Slash::Keep);
    }
    const QByteArray normalised = m_options.normalizePath ? UriEncode::normalizePath(path) : path;
    return UriEncode::encode(normalised, UriEncode::Slash::Keep);
}

QByteArray SigV4Signer::canonicalQuery(const HttpRequest &request)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    pairs.reserve(request.query.size());
    for (const QueryItem &item : request.query)
        pairs.append({UriEncode::encode(item.name), UriEncode::encode(item.value)});
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

void SigV4Signer::canonicalHeaders(const HttpRequest &request, QByteArray *block, QByteArray *signedHeaders)
{
    struct Entry
    {
        QByteArrayView name; // lower-cased, in `names`
        QByteArrayView value;
    };
    // Everything on the stack for the usual handful of headers: this runs for every request.
    qsizetype nameBytes = 4; // "host"
    for (const HttpHeader &h : request.headers)
        nameBytes += h.name.size();
    QVarLengthArray<char, 512> names(nameBytes);
    QVarLengthArray<Entry, 24> entries;
    char *cursor = names.data();
    bool hasHost = false;
    for (const HttpHeader &h : request.headers) {
        char *start = cursor;
        for (const char c : h.name)
            *cursor++ = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        const QByteArrayView lower(start, cursor - start);
        if (isUnsignedHeader(lower))
            continue;
        hasHost = hasHost || lower == "host";
        entries.append({lower, h.value});
    }
    const QByteArray host = hasHost ? QByteArray() : request.hostHeader();
    if (!hasHost)
        entries.append({QByteArrayView("host"), host});
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.name.compare(b.name) < 0;
    });
    qsizetype size = 0;
    for (const Entry &e : std::as_const(entries))
        size += e.name.size() + e.value.size() + 2;
    block->clear();
    block->reserve(size);
    signedHeaders->clear();
    signedHeaders->reserve(size / 2);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const bool first = i == 0 || entries[i - 1].name != entries[i].name;
        if (first) {
            if (i > 0) {
                block->append('\n');
                signedHeaders->append(';');
            }
            block->append(entries[i].name).append(':');
            signedHeaders->append(entries[i].name);
        } else {
            block->append(','); // repeated headers are joined, in the order they were given
        }
        appendTrimmed(*block, entries[i].value);
    }
    if (!entries.isEmpty())
        block->append('\n');
}

QByteArray SigV4Signer::canonicalHeadersFor(const HttpRequest &request, QByteArrayView signedHeaders)
{
    QByteArray block;
    for (const QByteArrayView name : QByteArray(signedHeaders.toByteArray()).split(';')) {
        if (name.isEmpty())
            continue;
        block.append(name).append(':');
        bool first = true;
        for (const HttpHeader &h : request.headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!first)
                block.append(',');
            appendTrimmed(block, h.value);
            first = false;
        }
        if (first && name == "host")
            block.append(request.hostHeader());
        block.append('\n');
    }
    return block;
}

QByteArray SigV4Signer::signature(QByteArrayView secret,
    QByteArrayView date,
    QByteArrayView region,
    QByteArrayView service,
    QByteArrayView stringToSign)
{
    // "AWS4" + secret, on the stack for ordinary key lengths, cleansed on the way out.
    QVarLengthArray<char, 128> kSecret(4 + secret.size());
    std::copy_n("AWS4", 4, kSecret.data());
    std::copy_n(secret.data(), secret.size(), kSecret.data() + 4);
    unsigned char a[32];
    unsigned char b[32];
    const auto view = [](const unsigned char *p) {
        return QByteArrayView(reinterpret_cast<const char *>(p), 32);
    };
    Crypto::hmacSha256(QByteArrayView(kSecret.data(), kSecret.size()), date, a);
    OPENSSL_cleanse(kSecret.data(), size_t(kSecret.size()));
    Crypto::hmacSha256(view(a), region, b);
    Crypto::hmacSha256(view(b), service, a);
    Crypto::hmacSha256(view(a), "aws4_request", b);
    Crypto::hmacSha256(view(b), stringToSign, a);
    QByteArray hex = Crypto::toHexLower(a, 32);
    OPENSSL_cleanse(a, sizeof a);
    OPENSSL_cleanse(b, sizeof b);
    return hex;
}

QByteArray SigV4Signer::payloadHash(const HttpRequest &request) const
{
    if (!request.payloadHash.isEmpty())
        return request.payloadHash;
    if (m_options.mode == Mode::Query && m_options.rules == Rules::S3)
        return kUnsignedPayload.toByteArray();
    if (m_options.unsignedPayload && m_options.rules == Rules::S3)
        return kUnsignedPayload.toByteArray();
    return Crypto::sha256Hex(request.effectiveBody());
}

QString SigV4Signer::sign(HttpRequest &request,
    const Credentials &credentials,
    const SigningParams &params,
    SigningTrace *trace) const
{
    if (!credentials.isValid())
        return u"SigV4 needs an access key and a secret key."_s;
    if (params.region.isEmpty() || params.service.isEmpty())
        return u"SigV4 needs a region and a service name."_s;
    if (!params.time.isValid())
        return u"SigV4 needs the time of the request."_s;

    const QByteArray amzDate = SigningTime::amzDate(params.time);
    const QByteArrayView date = QByteArrayView(amzDate).first(8);
    const QByteArray region = params.region.toUtf8();
    const QByteArray service = params.service.toUtf8();
    const QByteArray scope = scopeOf(date, region, service);
    const bool s3 = m_options.rules == Rules::S3;

    QByteArray hash;
    if (m_options.mode == Mode::Header) {
        request.removeHeader("Authorization");
        request.setHeader("X-Amz-Date", amzDate);
        if (!credentials.sessionToken().isEmpty())
            request.setHeader("X-Amz-Security-Token", credentials.sessionToken());
        if (s3 || m_options.signBody) {
            hash = payloadHash(request);
            request.setHeader("X-Amz-Content-SHA256", hash);
        }
    } else {
        if (params.expiresSeconds < 0 || params.expiresSeconds > kMaxPresignSeconds)
            return u"A presigned URL can be valid for 0 to 604800 seconds (7 days), not %1."_s.arg(
                params.expiresSeconds);
        for (const QByteArrayView name : {"X-Amz-Algorithm",
                 "X-Amz-Credential",
                 "X-Amz-Date",
                 "X-Amz-Expires",
                 "X-Amz-SignedHeaders",
                 "X-Amz-Security-Token",
                 "X-Amz-Signature"})
            removeQueryItem(request, name);
        if (request.isForm) { // a presigned POST carries its parameters in the query
            request.query.append(request.form);
            request.form.clear();
            request.isForm = false;
            request.body.clear();
        }
        if (request.header("Content-Type") == kFormContentType)
            request.removeHeader("Content-Type");
    }
    if (hash.isEmpty()) {
        const QByteArray given = request.header("X-Amz-Content-SHA256");
        hash = given.isEmpty() ? payloadHash(request) : given;
    }

    QByteArray headerBlock;
    QByteArray signedHeaders;
    canonicalHeaders(request, &headerBlock, &signedHeaders);

    if (m_options.mode == Mode::Query) {
        request.addQuery("X-Amz-Algorithm", kAlgorithm.toByteArray());
        request.addQuery("X-Amz-Credential", credentials.accessKeyId() + '/' + scope);
        request.addQuery("X-Amz-Date", amzDate);
        request.addQuery("X-Amz-Expires", QByteArray::number(params.expiresSeconds));
        request.addQuery("X-Amz-SignedHeaders", signedHeaders);
        if (!credentials.sessionToken().isEmpty())
            request.addQuery("X-Amz-Security-Token", credentials.sessionToken());
    }

    QByteArray canonical;
    canonical.reserve(256 + headerBlock.size());
    canonical.append(request.method.toUpper()).append('\n');
    canonical.append(canonicalUri(request)).append('\n');
    canonical.append(canonicalQuery(request)).append('\n');
    canonical.append(headerBlock).append('\n');
    canonical.append(signedHeaders).append('\n');
    canonical.append(hash);

    QByteArray stringToSign;
    stringToSign.reserve(kAlgorithm.size() + amzDate.size() + scope.size() + 68);
    stringToSign.append(kAlgorithm).append('\n').append(amzDate).append('\n');
    stringToSign.append(scope).append('\n').append(Crypto::sha256Hex(canonical));

    const QByteArray sig = signature(
        credentials.secretKey(), date, params.region.toUtf8(), params.service.toUtf8(), stringToSign);
    if (m_options.mode == Mode::Header) {
        QByteArray auth;
        auth.reserve(160 + signedHeaders.size());
        auth.append(kAlgorithm).append(" Credential=").append(credentials.accessKeyId()).append('/');
        auth.append(scope).append(", SignedHeaders=").append(signedHeaders);
        auth.append(", Signature=").append(sig);
        request.setHeader("Authorization", std::move(auth));
    } else {
        request.addQuery("X-Amz-Signature", sig);
    }
    if (trace)
        *trace = {std::move(canonical), std::move(stringToSign), sig};
    return {};
}
