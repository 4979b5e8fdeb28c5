// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Every way a request can fail, as one value: what kind of failure, what the server said, and one
// sentence for people. No QNetworkReply ever leaves transport/; callers see this instead.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind
    {
        None,    // no error
        Network, // refused, reset, unknown host, cut short
        Timeout, // no progress within the transfer timeout
        Tls,     // certificate not trusted, host name mismatch, handshake failure
        Http,    // an HTTP error status with no service error in the body
        Service, // the service answered with an error code (S3 <Error>, EC2 <Errors>, Query <ErrorResponse>)
        Aborted, // cancelled by the caller
        Signing, // the request could not be signed (missing key, presign too long…)
        Parse,   // the answer could not be read
        InvalidInput, // refused before sending
        Local,        // a local file or disk problem
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    static ApiError ok() { return {}; }

    bool isOk() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QString &serviceCode() const { return m_serviceCode; }
    const QString &message() const { return m_message; }
    const QString &requestId() const { return m_requestId; }
    bool isRetryable() const { return m_retryable; }
    const QString &method() const { return m_method; }
    const QString &resource() const { return m_resource; }
    const QString &serviceName() const { return m_service; }
    // Extra facts a retry needs: the region named by a redirect, the server's clock, the
    // certificate fingerprint of an untrusted server.
    const QString &region() const { return m_region; }
    const QByteArray &serverTime() const { return m_serverTime; }
    const QString &certificateSha256() const { return m_certificateSha256; }

    ApiError &setHttpStatus(int status);
    ApiError &setServiceCode(QString code);
    ApiError &setMessage(QString message);
    ApiError &setRequestId(QString id);
    ApiError &setRetryable(bool retryable);
    ApiError &setRequest(QString service, QString method, QString resource);
    ApiError &setRegion(QString region);
    ApiError &setServerTime(QByteArray time);
    ApiError &setCertificateSha256(QString fingerprint);

    // "S3 replied 403 AccessDenied to PUT /bucket?website: Access Denied (request id …)"
    QString toString() const;
    // One human sentence for the UI, by kind and code.
    QString humanSentence() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serviceCode;
    QString m_message;
    QString m_requestId;
    bool m_retryable = false;
    QString m_service;
    QString m_method;
    QString m_resource;
    QString m_region;
    QByteArray m_serverTime;
    QString m_certificateSha256;
};

QString apiErrorKindName(ApiError::Kind kind);
