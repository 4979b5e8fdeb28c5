// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2fixture.h"

#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include "auth/credentials.h"
#include "sandboxconfig.h"
#include "sandboxserver.h"
#include "transport/endpoint.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

SigV2QuerySigner::Options v2(SigV2QuerySigner::Algorithm algorithm, SigV2QuerySigner::HostForm host)
{
    SigV2QuerySigner::Options o;
    o.algorithm = algorithm;
    o.hostForm = host;
    return o;
}

SigV4Signer::Options v4()
{
    SigV4Signer::Options o;
    o.rules = SigV4Signer::Rules::Generic;
    return o;
}

// A fixed, whole-hour start: the demo's event times are then exact.
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

} // namespace

Ec2Fixture::Ec2Fixture()
    : Ec2Fixture(Options())
{}

Ec2Fixture::Ec2Fixture(Options options)
    : serverClock(options.start.isValid() ? options.start : kStart)
    , clientClock(options.start.isValid() ? options.start : kStart)
    , sigV2Sha256(v2(SigV2QuerySigner::Algorithm::HmacSHA256, SigV2QuerySigner::HostForm::WithPort))
    , sigV2Sha256NoPort(v2(SigV2QuerySigner::Algorithm::HmacSHA256, SigV2QuerySigner::HostForm::WithoutPort))
    , sigV2Sha1(v2(SigV2QuerySigner::Algorithm::HmacSHA1, SigV2QuerySigner::HostForm::WithPort))
    , sigV2Sha1NoPort(v2(SigV2QuerySigner::Algorithm::HmacSHA1, SigV2QuerySigner::HostForm::WithoutPort))
    , sigV4(v4())
    , m_options(std::move(options))
{
    m_transport = std::make_unique<HttpTransport>(nullptr, nullptr, &clientClock);
    m_transport->setTransferTimeoutMs(20000); // a test may shorten it
}

Ec2Fixture::~Ec2Fixture() = default;

bool Ec2Fixture::start()
{
    SandboxConfig config;
    config.dataDir = m_dir.path();
    config.regions = m_options.regions;
    config.clock = &serverClock;
    config.demo = m_options.demo;
    config.demoObjects = m_options.demoObjects;
    config.ec2ApiMax = m_options.ec2ApiMax;
    m_server = std::make_unique<SandboxServer>(config);
    const QString problem = m_server->start();
    if (!problem.isEmpty())
        qWarning("sandbox did not start: %s", qPrintable(problem));
    return problem.isEmpty();
}

bool Ec2Fixture::restart()
{
    m_server.reset();
    return start();
}

quint16 Ec2Fixture::port() const
{
    return m_server->port();
}

void Ec2Fixture::advance(qint64 seconds)
{
    serverClock.advance(seconds);
    clientClock.advance(seconds);
}

HttpRequest Ec2Fixture::build(const QByteArray &action,
    const QList<QueryItem> &params,
    const QString &version,
    bool post,
    const QByteArray &path) const
{
    HttpRequest r;
    r.method = post ? "POST" : "GET";
    r.scheme = "http";
    r.host = "127.0.0.1";
    r.port = port();
    r.path = path;
    QList<QueryItem> all = {{"Action", action, true}, {"Version", version.toLatin1(), true}};
    all += params;
    if (post) {
        r.isForm = true;
        r.form = all;
    } else {
        r.query = all;
    }
    return r;
}

HttpResponse Ec2Fixture::call(const QByteArray &action,
    const QList<QueryItem> &params,
    const Signer *signer,
    const QString &region,
    const QString &version,
    bool post,
    const QByteArray &path)
{
    SendOptions o;
    o.signer = signer ? signer : &sigV4;
    o.credentials = Credentials(SandboxConfig::kDefaultAccessKey, SandboxConfig::kDefaultSecretKey);
    o.region = region;
    o.service = u"ec2"_s;
    o.serviceLabel = u"EC2"_s;
    HttpResponse result;
    bool done = false;
    Exchange *exchange = m_transport->send(build(action, params, version, post, path), o);
    QObject::connect(exchange, &Exchange::finished, [&](const HttpResponse &response) {
        result = response;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("no answer from the sandbox within 60 s");
    return result;
}

HttpResponse Ec2Fixture::callRaw(const QByteArray &action,
    const QList<QueryItem> &params,
    const Signer *signer,
    const QByteArray &accessKey,
    const QByteArray &secret)
{
    HttpRequest request = build(action, params, u"2016-11-15"_s, true, "/");
    request.setHeader("Host", request.hostHeader());
    request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    SigningParams signing;
    signing.time = clientClock.nowUtc();
    signing.region = u"us-east-1"_s;
    signing.service = u"ec2"_s;
    const QString problem = signer->sign(request, Credentials(accessKey, secret), signing);
    if (!problem.isEmpty())
        qWarning("cannot sign: %s", qPrintable(problem));
    const QByteArray body = request.effectiveBody();
    QByteArray raw = "POST / HTTP/1.1\r\n";
    for (const HttpHeader &h : std::as_const(request.headers))
        raw += h.name + ": " + h.value + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;

    HttpResponse response;
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port());
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000))
        return response;
    socket.write(raw);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 30000))
        qWarning("the sandbox did not close the raw connection within 30 s");
    received += socket.readAll();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    response.status = received.left(headEnd).split(' ').value(1).toInt();
    response.body = received.mid(headEnd + 4);
    return response;
}
