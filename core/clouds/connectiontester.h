// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"
#include "transport/apierror.h"
#include "transport/httprequest.h"
#include "transport/result.h"

class Exchange;
class HttpTransport;
class QSslSocket;
class Signer;
struct HttpResponse;

// What one service answered to "Test connection".
struct ServiceTestOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTestOutcome)
public:
    enum class Service
    {
        S3,  // ListBuckets
        Ec2, // DescribeRegions
    };

    Service service = Service::S3;
    ApiError error;    // isOk() when the service answered as expected
    QStringList names; // bucket names (S3) or region names (EC2)
    // The server's certificate when the error is ApiError::Kind::Tls and a probe could read it.
    QSslCertificate certificate;

    bool isOk() const { return error.isOk(); }
    QString serviceLabel() const { return service == Service::S3 ? tr("S3") : tr("EC2"); }
    // "S3: OK, 3 buckets" or "EC2: The server computed a different signature… (EC2 replied 403 …)".
    QString summary() const;
};

struct ConnectionTestResult
{
    QList<ServiceTestOutcome> outcomes; // one per service the profile has, S3 first

    bool isOk() const;
    // The first failure, or an ok ApiError.
    ApiError firstError() const;
    const ServiceTestOutcome *firstFailure() const;
};

// Parsers for the two small answers; public for tests. Any DTD is refused.
Result<QStringList> parseListBucketsNames(const QByteArray &body);
Result<QStringList> parseDescribeRegionsNames(const QByteArray &body);

// "Test connection" for a profile and its credentials: ListBuckets on S3 and DescribeRegions on EC2
// (each when the profile has the service), signed, addressed and trusted as the profile says. A job:
// start() never reports before it returns; finished() comes exactly once, also after abort(); then
// the tester deletes itself.
class ConnectionTester final : public QObject
{
    Q_OBJECT
public:
    ConnectionTester(
        HttpTransport *transport, CloudProfile profile, Credentials credentials, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start();
    void abort();

Q_SIGNALS:
    void finished(const ConnectionTestResult &result);

private:
    void sendS3();
    void sendEc2();
    void send(
        int index, HttpRequest request, const Signer *signer, const QString &service, const QString &label);
    void onResponse(int index, const HttpResponse &response);
    void settle(int index, ServiceTestOutcome outcome);
    void probeCertificate(int index);
    void maybeFinish();
    void finish();

    HttpTransport *m_transport;
    CloudProfile m_profile;
    Credentials m_credentials;
    std::unique_ptr<Signer> m_s3Signer;
    std::unique_ptr<Signer> m_ec2Signer;
    QList<ServiceTestOutcome> m_outcomes;
    QList<bool> m_settled;
    QList<QPointer<Exchange>> m_exchanges;
    QList<QPointer<QSslSocket>> m_probes;
    QList<HttpRequest> m_requests;
    bool m_started = false;
    bool m_done = false;
};
