// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/lowauthsigner.h"

#include "auth/credentials.h"
#include "transport/httprequest.h"

using namespace Qt::StringLiterals;

QString LowAuthSigner::name() const
{
    return u"LOW (Internet Archive)"_s;
}

QString LowAuthSigner::sign(HttpRequest &request,
    const Credentials &credentials,
    const SigningParams &params,
    SigningTrace *trace) const
{
    Q_UNUSED(params)
    if (!credentials.isValid())
        return u"LOW authentication needs an access key and a secret key."_s;
    if (request.scheme != "https")
        return u"LOW authentication sends the secret key itself, so Skylight only uses it over HTTPS."_s;
    QByteArray value;
    value.reserve(5 + credentials.accessKeyId().size() + credentials.secretKey().size());
    value.append("LOW ").append(credentials.accessKeyId()).append(':').append(credentials.secretKey());
    request.setHeader("Authorization", std::move(value));
    if (trace)
        *trace = {};
    return {};
}
