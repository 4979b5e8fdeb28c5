// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/connectiontester.h"

#include <QFutureWatcher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QXmlStreamReader>

#include "auth/signer.h"
#include "clouds/addressing.h"
#include "transport/endpoint.h"
#include "transport/exchange.h"
#include "transport/httpresponse.h"
#include "transport/httptransport.h"
#include "transport/tlssettings.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

constexpr int kProbeTimeoutMs = 5000;
constexpr int kMaxDepth = 32; // as XmlDocument: an answer nesting deeper is not one

ApiError tooDeep()
{
    return ApiError(
        ApiError::Kind::Parse, ConnectionTester::tr("the answer nests deeper than %1 levels").arg(kMaxDepth));
}

// The text of every element named `element` (local name, any namespace), DTDs refused.
Result<QStringList> collectText(const QByteArray &body, QStringView element, QStringView root)
{
    QXmlStreamReader reader(body.trimmed());
    QStringList names;
    bool sawRoot = false;
    int depth = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            return Result<QStringList>::failure(ApiError(
                ApiError::Kind::Parse, ConnectionTester::tr("the answer holds a DTD, which is refused")));
        }
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > kMaxDepth)
            return Result<QStringList>::failure(tooDeep());
        if (!sawRoot) {
            if (reader.name() != root) {
                return Result<QStringList>::failure(ApiError(ApiError::Kind::Parse,
                    ConnectionTester::tr("expected <%1>, found <%2>").arg(root, reader.name())));
            }
            sawRoot = true;
        } else if (reader.name() == element) {
            names.append(reader.readElementText(QXmlStreamReader::SkipChildElements));
            --depth; // readElementText consumed the end tag
        }
    }
    if (reader.hasError() || !sawRoot) {
        return Result<QStringList>::failure(ApiError(ApiError::Kind::Parse,
            ConnectionTester::tr("the answer is not valid XML: %1").arg(reader.errorString())));
    }
    return Result<QStringList>::success(names);
}

} // namespace

Result<QStringList> parseListBucketsNames(const QByteArray &body)
{
    // <ListAllMyBucketsResult><Buckets><Bucket><Name>…: only Bucket/Name, not Owner's DisplayName.
    QXmlStreamReader reader(body.trimmed());
    QStringList names;
    QStringList path;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            return Result<QStringList>::failure(ApiError(
                ApiError::Kind::Parse, ConnectionTester::tr("the answer holds a DTD, which is refused")));
        }
        if (token == QXmlStreamReader::StartElement) {
            path.append(reader.name().toString());
            if (path.size() > kMaxDepth)
                return Result<QStringList>::failure(tooDeep());
            sawRoot = true;
            if (path.size() == 1 && path.first() != u"ListAllMyBucketsResult") {
                return Result<QStringList>::failure(ApiError(ApiError::Kind::Parse,
                    ConnectionTester::tr("expected <ListAllMyBucketsResult>, found <%1>").arg(path.first())));
            }
            if (path.size() == 4 && path.at(1) == u"Buckets" && path.at(2) == u"Bucket"
                && path.at(3) == u"Name") {
                names.append(reader.readElementText());
                path.removeLast();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        }
    }
    if (reader.hasError() || !sawRoot) {
        return Result<QStringList>::failure(ApiError(ApiError::Kind::Parse,
            ConnectionTester::tr("the answer is not valid XML: %1").arg(reader.errorString())));
    }
    return Result<QStringList>::success(names);
}

Result<QStringList> parseDescribeRegionsNames(const QByteArray &body)
{
    return collectText(body, u"regionName", u"DescribeRegionsResponse");
}

QString ServiceTestOutcome::summary() const
{
    if (!isOk()) {
        const QString detail = error.toString();
        QString text = detail != error.humanSentence()
            ? tr("%1: %2 (%3)").arg(serviceLabel(), error.humanSentence(), detail)
            : tr("%1: %2").arg(serviceLabel(), error.humanSentence());
        // A second sentence of its own.
        if (error.kind() == ApiError::Kind::Tls && !error.certificateSha256().isEmpty())
            text += u' ' + tr("SHA-256 fingerprint: %1").arg(error.certificateSha256());
        return text;
    }
    if (service == Service::S3)
        return tr("%1: OK, %n bucket(s)", nullptr, int(names.size())).arg(serviceLabel());
    return tr("%1: OK, regions %2").arg(serviceLabel(), names.join(u", "_s));
}

bool ConnectionTestResult::isOk() const
{
    if (outcomes.isEmpty())
        return false;
    for (const ServiceTestOutcome &o : outcomes) {
        if (!o.isOk())
            return false;
    }
    return true;
}

const ServiceTestOutcome *ConnectionTestResult::firstFailure() const
{
    for (const ServiceTestOutcome &o : outcomes) {
        if (!o.isOk())
            return &o;
    }
    return nullptr;
}

ApiError ConnectionTestResult::firstError() const
{
    const ServiceTestOutcome *failure = firstFailure();
    return failure ? failure->error : ApiError::ok();
}

ConnectionTester::ConnectionTester(
    HttpTransport *transport, CloudProfile profile, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_profile(std::move(profile))
    , m_credentials(std::move(credentials))
{}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start()
{
    if (m_started)
        return;
    m_started = true;
    ServiceTestOutcome outcome;
    if (m_profile.hasS3())
        m_outcomes.append(outcome);
    outcome.service = ServiceTestOutcome::Service::Ec2;
    if (m_profile.hasEc2())
        m_outcomes.append(outcome);
    m_settled = QList<bool>(m_outcomes.size(), false);
    m_exchanges.resize(m_outcomes.size());
    m_probes.resize(m_outcomes.size());
    m_requests.resize(m_outcomes.size());
    if (m_outcomes.isEmpty()) {
        // Reported from the event loop: start() never reports before it returns.
        QTimer::singleShot(0, this, &ConnectionTester::finish);
        return;
    }
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_outcomes.at(i).service == ServiceTestOutcome::Service::S3)
            sendS3();
        else
            sendEc2();
    }
}

void ConnectionTester::sendS3()
{
    const QString region = m_profile.regionOrDefault({});
    m_s3Signer = makeSigner(m_profile.s3Signing);
    send(0, Addressing::s3Request(m_profile, region, {}), m_s3Signer.get(), u"s3"_s, u"S3"_s);
}

void ConnectionTester::sendEc2()
{
    const QString region = m_profile.regionOrDefault({});
    m_ec2Signer = makeSigner(m_profile.ec2Signing);
    send(int(m_outcomes.size()) - 1,
        Addressing::ec2Request(m_profile, region, "DescribeRegions"),
        m_ec2Signer.get(),
        u"ec2"_s,
        u"EC2"_s);
}

void ConnectionTester::send(
    int index, HttpRequest request, const Signer *signer, const QString &service, const QString &label)
{
    SendOptions options;
    options.signer = signer;
    options.credentials = m_credentials;
    options.region = m_profile.regionOrDefault({});
    options.service = service;
    options.serviceLabel = label;
    m_transport->setTlsSettings(HttpTransport::endpointKey(request), m_profile.tls);
    m_requests[index] = request;
    m_exchanges[index] = m_transport->send(std::move(request), options);
    connect(m_exchanges[index], &Exchange::finished, this, [this, index](const HttpResponse &r) {
        onResponse(index, r);
    });
}

void ConnectionTester::onResponse(int index, const HttpResponse &response)
{
    m_exchanges[index] = nullptr;
    ServiceTestOutcome outcome = m_outcomes.at(index);
    if (!response.error.isOk()) {
        outcome.error = response.error;
        m_outcomes[index] = outcome;
        if (response.error.kind() == ApiError::Kind::Tls && !m_done)
            return probeCertificate(index);
        return settle(index, outcome);
    }
    const bool s3 = outcome.service == ServiceTestOutcome::Service::S3;
    // Parsed on the pool: the GUI thread never reads XML. A watcher rather than QFuture::then(this,
    // …), whose continuation Qt 6.4 was seen to drop now and then (tests/ui/tst_importdialog).
    auto *watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index, outcome]() mutable {
        watcher->deleteLater();
        Result<QStringList> parsed = watcher->result();
        if (parsed.isOk())
            outcome.names = parsed.takeValue();
        else
            outcome.error = parsed.error();
        settle(index, outcome);
    });
    watcher->setFuture(QtConcurrent::run([body = response.body, s3] {
        return s3 ? parseListBucketsNames(body) : parseDescribeRegionsNames(body);
    }));
}

// The transport tells only the fingerprint of an untrusted certificate; the trust prompt also wants
// subject, issuer and validity. One handshake that asks for the certificate without verifying it
// reads them; it is shown only when its fingerprint is the one the failed request saw.
void ConnectionTester::probeCertificate(int index)
{
    const HttpRequest &request = m_requests.at(index);
    auto *socket = new QSslSocket(this);
    m_probes[index] = socket;
    QSslConfiguration config = socket->sslConfiguration();
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket->setSslConfiguration(config);
    const QString expected
        = TlsSettings::normaliseFingerprint(m_outcomes.at(index).error.certificateSha256());
    auto done = [this, index, socket, expected](bool encrypted) {
        if (m_settled.value(index, true))
            return;
        ServiceTestOutcome outcome = m_outcomes.at(index);
        const QSslCertificate peer = encrypted ? socket->peerCertificate() : QSslCertificate();
        if (!peer.isNull()
            && TlsSettings::normaliseFingerprint(TlsSettings::sha256Fingerprint(peer)) == expected)
            outcome.certificate = peer;
        socket->abort();
        socket->deleteLater();
        settle(index, outcome);
    };
    connect(socket, &QSslSocket::encrypted, this, [done] { done(true); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [done] { done(false); });
    QTimer::singleShot(kProbeTimeoutMs, socket, [done] { done(false); });
    socket->connectToHostEncrypted(QString::fromLatin1(request.host), quint16(request.effectivePort()));
}

void ConnectionTester::settle(int index, ServiceTestOutcome outcome)
{
    if (m_done || m_settled.value(index, true))
        return;
    m_outcomes[index] = std::move(outcome);
    m_settled[index] = true;
    maybeFinish();
}

void ConnectionTester::maybeFinish()
{
    for (bool settled : std::as_const(m_settled)) {
        if (!settled)
            return;
    }
    finish();
}

void ConnectionTester::abort()
{
    if (m_done)
        return;
    const ApiError aborted(ApiError::Kind::Aborted, tr("cancelled"));
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_settled.at(i))
            continue;
        m_outcomes[i].error = aborted;
        m_settled[i] = true;
        if (Exchange *exchange = m_exchanges.at(i)) {
            exchange->disconnect(this);
            exchange->abort();
        }
        if (m_probes.at(i))
            m_probes.at(i)->abort();
    }
    // After the caller's abort() returned, like every other report.
    QTimer::singleShot(0, this, &ConnectionTester::finish);
}

void ConnectionTester::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(ConnectionTestResult {m_outcomes});
    deleteLater();
}
