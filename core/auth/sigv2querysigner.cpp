// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/sigv2querysigner.h"

#include <algorithm>

#include <QList>

#include "auth/credentials.h"
#include "auth/crypto.h"
#include "auth/securebytes.h"
#include "auth/uriencode.h"
#include "transport/httprequest.h"

using namespace Qt::StringLiterals;

SigV2QuerySigner::SigV2QuerySigner(Options options)
    : m_options(options)
{}

QString SigV2QuerySigner::name() const
{
    return m_options.algorithm == Algorithm::HmacSHA1 ? u"Query SigV2 (HmacSHA1)"_s
                                                      : u"Query SigV2 (HmacSHA256)"_s;
}

QByteArray SigV2QuerySigner::stringToSign(const HttpRequest &request) const
{
    const QList<QueryItem> &items = request.isForm ? request.form : request.query;
    QList<const QueryItem *> sorted;
    sorted.reserve(items.size());
    for (const QueryItem &item : items) {
        if (item.name != "Signature")
            sorted.append(&item);
    }
    // Sorted by the UTF-8 bytes of the decoded name, as AWS's SigV2 rules and boto do.
    std::stable_sort(sorted.begin(), sorted.end(), [](const QueryItem *a, const QueryItem *b) {
        return a->name < b->name;
    });
    QByteArray host
        = m_options.hostForm == HostForm::WithPort ? request.hostHeader() : request.host.toLower();
    QByteArray out;
    out.reserve(128 + items.size() * 32);
    out.append(request.method.toUpper()).append('\n');
    out.append(host).append('\n');
    out.append(request.path.isEmpty() ? QByteArrayLiteral("/") : request.path).append('\n');
    for (int i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            out.append('&');
        out.append(UriEncode::encode(sorted[i]->name))
            .append('=')
            .append(UriEncode::encode(sorted[i]->value));
    }
    return out;
}

QByteArray SigV2QuerySigner::computeSignature(QByteArrayView secret, QByteArrayView stringToSign) const
{
    if (m_options.algorithm == Algorithm::HmacSHA1)
        return Crypto::hmacSha1(secret, stringToSign).toBase64();
    const SecureBytes mac = Crypto::hmacSha256(secret, stringToSign);
    return mac.view().toByteArray().toBase64();
}

QString SigV2QuerySigner::sign(HttpRequest &request,
    const Credentials &credentials,
    const SigningParams &params,
    SigningTrace *trace) const
{
    if (!credentials.isValid())
        return u"Query SigV2 needs an access key and a secret key."_s;
    if (!params.time.isValid())
        return u"Query SigV2 needs the time of the request."_s;
    QList<QueryItem> &items = request.isForm ? request.form : request.query;
    for (const QByteArrayView name :
        {"AWSAccessKeyId", "SignatureVersion", "SignatureMethod", "Timestamp", "SecurityToken", "Signature"})
        items.removeIf([name](const QueryItem &item) { return item.name == name; });
    items.append({"AWSAccessKeyId", credentials.accessKeyId(), true});
    items.append({"SignatureVersion", "2", true});
    items.append({"SignatureMethod",
        m_options.algorithm == Algorithm::HmacSHA1 ? QByteArrayLiteral("HmacSHA1")
                                                   : QByteArrayLiteral("HmacSHA256"),
        true});
    items.append({"Timestamp", SigningTime::isoSeconds(params.time), true});
    if (!credentials.sessionToken().isEmpty())
        items.append({"SecurityToken", credentials.sessionToken(), true});
    QByteArray sts = stringToSign(request);
    QByteArray sig = computeSignature(credentials.secretKey(), sts);
    items.append({"Signature", sig, true});
    if (trace)
        *trace = {QByteArray(), std::move(sts), std::move(sig)};
    return {};
}
