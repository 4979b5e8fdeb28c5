// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/apierror.h"

using namespace Qt::StringLiterals;

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{}

ApiError &ApiError::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

ApiError &ApiError::setServiceCode(QString code)
{
    m_serviceCode = std::move(code);
    return *this;
}

ApiError &ApiError::setMessage(QString message)
{
    m_message = std::move(message);
    return *this;
}

ApiError &ApiError::setRequestId(QString id)
{
    m_requestId = std::move(id);
    return *this;
}

ApiError &ApiError::setRetryable(bool retryable)
{
    m_retryable = retryable;
    return *this;
}

ApiError &ApiError::setRequest(QString service, QString method, QString resource)
{
    m_service = std::move(service);
    m_method = std::move(method);
    m_resource = std::move(resource);
    return *this;
}

ApiError &ApiError::setRegion(QString region)
{
    m_region = std::move(region);
    return *this;
}

ApiError &ApiError::setServerTime(QByteArray time)
{
    m_serverTime = std::move(time);
    return *this;
}

ApiError &ApiError::setCertificateSha256(QString fingerprint)
{
    m_certificateSha256 = std::move(fingerprint);
    return *this;
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return u"ok"_s;
    case ApiError::Kind::Network:
        return u"network"_s;
    case ApiError::Kind::Timeout:
        return u"timeout"_s;
    case ApiError::Kind::Tls:
        return u"tls"_s;
    case ApiError::Kind::Http:
        return u"http"_s;
    case ApiError::Kind::Service:
        return u"service"_s;
    case ApiError::Kind::Aborted:
        return u"aborted"_s;
    case ApiError::Kind::Signing:
        return u"signing"_s;
    case ApiError::Kind::Parse:
        return u"parse"_s;
    case ApiError::Kind::InvalidInput:
        return u"invalid-input"_s;
    case ApiError::Kind::Local:
        return u"local"_s;
    }
    return {};
}

QString ApiError::toString() const
{
    if (isOk())
        return tr("no error");
    const QString who = m_service.isEmpty() ? tr("The server") : m_service;
    QString what;
    if (m_kind == Kind::Service || m_kind == Kind::Http) {
        // "403 AccessDenied": the status and the service's code are data, not words.
        const QString status = m_serviceCode.isEmpty() ? QString::number(m_httpStatus)
                                                       : QString::number(m_httpStatus) + u' ' + m_serviceCode;
        what = m_method.isEmpty() ? tr("%1 replied %2").arg(who, status)
                                  : tr("%1 replied %2 to %3 %4").arg(who, status, m_method, m_resource);
    } else {
        what = m_method.isEmpty() ? humanSentence()
                                  : tr("%1 (%2 %3)", "a sentence, then the request's method and resource")
                                        .arg(humanSentence(), m_method, m_resource);
    }
    if (!m_message.isEmpty())
        what = tr("%1: %2", "the error, then the server's own message").arg(what, m_message);
    if (!m_requestId.isEmpty())
        what = tr("%1 (request id %2)").arg(what, m_requestId);
    return what;
}

QString ApiError::humanSentence() const
{
    if (m_serviceCode == u"SignatureDoesNotMatch")
        return tr("The server computed a different signature: the secret key or the signing settings "
                  "(region, signature version) do not match this cloud.");
    if (m_serviceCode == u"InvalidAccessKeyId" || m_serviceCode == u"AuthFailure")
        return tr("The server does not know this access key.");
    if (m_serviceCode == u"AccessDenied" && m_message.contains(u"expired"_s, Qt::CaseInsensitive))
        return tr("The presigned link has expired.");
    if (m_serviceCode == u"AccessDenied")
        return tr("Access is denied for this key.");
    if (m_serviceCode == u"BadDigest" || m_serviceCode == u"XAmzContentSHA256Mismatch"
        || m_serviceCode == u"InvalidDigest")
        return tr("The data the server received does not match its checksum: it was changed or cut "
                  "short on the way.");
    if (m_serviceCode == u"RequestTimeTooSkewed" || m_serviceCode == u"RequestExpired")
        return tr("This computer's clock is too far from the server's.");
    if (m_serviceCode == u"NoSuchBucket")
        return tr("The bucket does not exist.");
    if (m_serviceCode == u"NoSuchKey")
        return tr("The object does not exist.");
    if (m_serviceCode == u"SlowDown" || m_serviceCode == u"Throttling"
        || m_serviceCode == u"RequestLimitExceeded" || m_httpStatus == 429)
        return tr("The server asked Skylight to slow down and kept refusing.");
    switch (m_kind) {
    case Kind::None:
        return tr("Done.");
    case Kind::Network:
        return tr("The connection to the server failed.");
    case Kind::Timeout:
        return tr("The server stopped answering.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted.");
    case Kind::Http:
    case Kind::Service:
        return tr("The server refused the request (HTTP %1).").arg(m_httpStatus);
    case Kind::Aborted:
        return tr("Cancelled.");
    case Kind::Signing:
        return tr("The request could not be signed.");
    case Kind::Parse:
        return tr("The server's answer could not be read.");
    case Kind::InvalidInput:
        return tr("The request is not valid.");
    case Kind::Local:
        return tr("A local file could not be read or written.");
    }
    return {};
}
