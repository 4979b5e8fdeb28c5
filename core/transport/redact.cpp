// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/redact.h"

#include <QUrlQuery>

#include "transport/httprequest.h"

using namespace Qt::StringLiterals;

namespace Redact {

bool isSecretHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower == "x-amz-security-token" || lower == "x-goog-security-token"
        || lower.startsWith("x-amz-server-side-encryption-customer-key")
        || lower.startsWith("x-amz-copy-source-server-side-encryption-customer-key");
}

bool isSecretQueryParameter(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "x-amz-signature" || lower == "x-amz-credential" || lower == "x-amz-security-token"
        || lower == "signature" || lower == "awsaccesskeyid" || lower == "googleaccessid"
        || lower == "securitytoken" || lower == "x-goog-signature" || lower == "x-goog-credential";
}

QByteArray headerValue(QByteArrayView name, QByteArrayView value)
{
    if (!isSecretHeader(name))
        return value.toByteArray();
    // Keep the scheme word of an Authorization header ("AWS4-HMAC-SHA256", "AWS", "LOW"): it tells
    // which signer ran and gives nothing away.
    if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
        const qsizetype space = value.indexOf(' ');
        if (space > 0 && space < 24)
            return value.first(space).toByteArray() + ' ' + kMask.toByteArray();
    }
    return kMask.toByteArray();
}

QUrl url(const QUrl &in)
{
    QUrl out = in;
    out.setUserInfo({});
    if (!in.hasQuery())
        return out;
    const QByteArray query = in.query(QUrl::FullyEncoded).toLatin1();
    QByteArray rebuilt;
    for (const QByteArray &pair : query.split('&')) {
        if (!rebuilt.isEmpty())
            rebuilt.append('&');
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.first(eq);
        if (eq >= 0 && isSecretQueryParameter(QByteArray::fromPercentEncoding(name)))
            rebuilt.append(name).append('=').append("%3Credacted%3E");
        else
            rebuilt.append(pair);
    }
    out.setQuery(QString::fromLatin1(rebuilt), QUrl::StrictMode);
    return out;
}

QString describeForLog(const HttpRequest &request)
{
    QString out
        = QString::fromLatin1(request.method) + u' ' + url(request.url()).toString(QUrl::FullyEncoded);
    for (const HttpHeader &h : request.headers) {
        out += u"\n  "_s + QString::fromLatin1(h.name) + u": "_s
            + QString::fromLatin1(headerValue(h.name, h.value));
    }
    return out;
}

} // namespace Redact
