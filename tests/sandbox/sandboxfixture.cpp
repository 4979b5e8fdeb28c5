// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "auth/uriencode.h"
#include "sandboxconfig.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/rawhttprequest.h"

using namespace Qt::StringLiterals;

SigV4Signer::Options SandboxFixture::sigV4Options(SigV4Signer::Mode mode)
{
    SigV4Signer::Options o;
    o.rules = SigV4Signer::Rules::S3;
    o.mode = mode;
    return o;
}

HmacV1Signer::Options SandboxFixture::hmacV1Options(HmacV1Signer::Mode mode)
{
    HmacV1Signer::Options o;
    o.mode = mode;
    return o;
}

SandboxFixture::SandboxFixture(QStringList regions)
    : clientClock(QDateTime::currentDateTimeUtc())
    , sigV4(sigV4Options(SigV4Signer::Mode::Header))
    , sigV4Presigned(sigV4Options(SigV4Signer::Mode::Query))
    , hmacV1(hmacV1Options(HmacV1Signer::Mode::Header))
    , hmacV1Presigned(hmacV1Options(HmacV1Signer::Mode::Query))
    , m_regions(std::move(regions))
{
    m_transport = std::make_unique<HttpTransport>(nullptr, nullptr, &clientClock);
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start()
{
    SandboxConfig config;
    config.dataDir = m_dir.path();
    config.regions = m_regions;
    m_server = std::make_unique<SandboxServer>(config);
    const QString problem = m_server->start();
    if (!problem.isEmpty())
        qWarning("sandbox did not start: %s", qPrintable(problem));
    return problem.isEmpty();
}

void SandboxFixture::stop()
{
    m_server.reset();
}

bool SandboxFixture::restart()
{
    stop();
    return start();
}

quint16 SandboxFixture::port() const
{
    return m_server->port();
}

Credentials SandboxFixture::credentials()
{
    return Credentials(SandboxConfig::kDefaultAccessKey, SandboxConfig::kDefaultSecretKey);
}

HttpRequest SandboxFixture::request(
    const QByteArray &method, const QString &bucket, const QString &key, Addressing addressing) const
{
    return requestTo(port(), method, bucket, key, addressing);
}

HttpRequest SandboxFixture::requestTo(
    quint16 port, const QByteArray &method, const QString &bucket, const QString &key, Addressing addressing)
{
    HttpRequest r;
    r.method = method;
    r.scheme = "http";
    r.port = port;
    const QByteArray keyPath = key.isEmpty() ? QByteArray() : UriEncode::s3KeyPath(key);
    if (addressing == Addressing::VirtualHost && !bucket.isEmpty()) {
        r.host = bucket.toUtf8() + ".localhost";
        r.path = keyPath.isEmpty() ? QByteArray("/") : keyPath;
        r.resourcePath = '/' + bucket.toUtf8() + (keyPath.isEmpty() ? QByteArray("/") : keyPath);
    } else {
        r.host = "127.0.0.1";
        r.path = bucket.isEmpty() ? QByteArray("/") : '/' + bucket.toUtf8() + keyPath;
    }
    return r;
}

SendOptions SandboxFixture::options(const Signer *signer, const QString &region) const
{
    return optionsFor(signer, credentials(), region);
}

SendOptions SandboxFixture::optionsFor(
    const Signer *signer, const Credentials &credentials, const QString &region)
{
    SendOptions o;
    o.signer = signer;
    o.credentials = credentials;
    o.region = region;
    o.service = u"s3"_s;
    o.serviceLabel = u"S3"_s;
    o.transferTimeoutMs = 20000;
    return o;
}

HttpResponse SandboxFixture::send(HttpRequest request, SendOptions options)
{
    return waitFor(m_transport->send(std::move(request), std::move(options)), "the sandbox");
}

HttpResponse SandboxFixture::waitFor(Exchange *exchange, const char *server)
{
    HttpResponse result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(exchange, &Exchange::finished, &loop, [&](const HttpResponse &response) {
        result = response;
        done = true;
        loop.quit();
    });
    // An event loop rather than QTest::qWaitFor, which sleeps 10 ms between polls: a request takes
    // several turns of the loop, and the polling cost more than the sandbox itself.
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done)
        qWarning("no answer from %s within 60 s", server);
    return result;
}

HttpResponse SandboxFixture::sendRaw(HttpRequest request, const Signer *signer, const QString &region)
{
    request.scheme = "http";
    request.port = port();
    if (!request.hasHeader("Host"))
        request.setHeader("Host", request.hostHeader());
    if (signer) {
        SigningParams params;
        params.time = clientClock.nowUtc();
        params.region = region;
        params.service = u"s3"_s;
        const QString problem = signer->sign(request, credentials(), params);
        if (!problem.isEmpty())
            qWarning("cannot sign: %s", qPrintable(problem));
    }
    request.setHeader("Connection", "close");
    return sendRawBytes(RawHttpRequest::serializeForWire(request));
}

QByteArray SandboxFixture::exchangeRaw(quint16 port, const QByteArray &raw)
{
    QTcpSocket socket;
    QEventLoop loop;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(raw); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        qWarning("the sandbox did not close the raw connection within 30 s");
    received += socket.readAll();
    return received;
}

SandboxFixture::ToolRun SandboxFixture::runTool(const QString &program,
    const QStringList &arguments,
    const QProcessEnvironment &environment,
    int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop; // not qWaitFor: its 10 ms naps would throttle the sandbox
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    ToolRun run;
    if (process.state() != QProcess::NotRunning) {
        qWarning("%s did not finish within %d ms: killed", qPrintable(program), timeoutMs);
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

HttpResponse SandboxFixture::sendRawBytes(const QByteArray &raw)
{
    return parseRaw(exchangeRaw(port(), raw));
}

HttpResponse SandboxFixture::parseRaw(const QByteArray &received)
{
    HttpResponse response;
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    const QList<QByteArray> lines = received.left(headEnd).split('\n');
    response.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    response.body = received.mid(headEnd + 4);
    return response;
}

HttpResponse SandboxFixture::website(const QByteArray &method, const QByteArray &path, const QByteArray &host)
{
    HttpRequest r;
    r.method = method;
    r.scheme = "http";
    r.port = m_server->websitePort();
    r.path = path;
    SendOptions o;
    o.bodyKind = SendOptions::BodyKind::Object;
    o.maxRedirects = 0;
    o.transferTimeoutMs = 20000;
    o.serviceLabel = u"S3 website"_s;
    if (host.isEmpty()) {
        r.host = "127.0.0.1";
    } else {
        r.host = host;
        o.connectHost = "127.0.0.1";
    }
    return send(std::move(r), std::move(o));
}

QByteArray SandboxFixture::websiteHost(const QByteArray &bucket) const
{
    return bucket + ".s3-website.us-east-1.localhost";
}

HttpResponse SandboxFixture::putSubresource(
    const QString &bucket, const QByteArray &subresource, const QByteArray &body, const QString &key)
{
    HttpRequest r = request("PUT", bucket, key);
    r.addBareQuery(subresource);
    r.body = body;
    return send(std::move(r));
}

HttpResponse SandboxFixture::sendSubresource(
    const QByteArray &method, const QString &bucket, const QByteArray &subresource, const QString &key)
{
    HttpRequest r = request(method, bucket, key);
    r.addBareQuery(subresource);
    return send(std::move(r));
}

void SandboxFixture::createObjects(const QString &bucket, int count, const QString &prefix)
{
    SandboxStore *store = m_server->store();
    if (!store->bucket(bucket.toUtf8()))
        store->createBucket({bucket.toUtf8(), u"us-east-1"_s, QDateTime::currentDateTimeUtc()});
    QList<std::pair<ObjectInfo, QByteArray>> objects;
    for (int i = 0; i < count; ++i) {
        ObjectInfo info;
        info.key = (prefix + u"key-%1"_s.arg(i, 6, 10, QChar(u'0'))).toUtf8();
        const QByteArray body = info.key;
        info.size = body.size();
        info.etag = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
        info.contentType = "text/plain";
        info.lastModified = QDateTime::currentDateTimeUtc();
        objects.append({info, body});
    }
    QString problem;
    if (!store->putObjectsBytes(bucket.toUtf8(), std::move(objects), &problem))
        qWarning("cannot create the objects: %s", qPrintable(problem));
}
