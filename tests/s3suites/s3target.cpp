// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3target.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

#include "clouds/profilepresets.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "transport/httptransport.h"
#include "transport/rawhttprequest.h"

using namespace Qt::StringLiterals;

S3Target::S3Target()
    : sigV4(SandboxFixture::sigV4Options(SigV4Signer::Mode::Header))
    , sigV4Presigned(SandboxFixture::sigV4Options(SigV4Signer::Mode::Query))
    , hmacV1(SandboxFixture::hmacV1Options(HmacV1Signer::Mode::Header))
    , hmacV1Presigned(SandboxFixture::hmacV1Options(HmacV1Signer::Mode::Query))
    , m_suffix(u"%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')))
    , m_transport(std::make_unique<HttpTransport>())
{}

S3Target::~S3Target() = default;

bool S3Target::start(QString *why)
{
    m_rgw = qEnvironmentVariable("S3_TARGET") == u"rgw"_s;
    if (m_rgw)
        return readRgwEnv(why);
    // Two regions, so CreateBucket with a LocationConstraint has somewhere to go.
    m_sandbox = std::make_unique<SandboxFixture>(QStringList {u"us-east-1"_s, u"eu-west-1"_s});
    if (!m_sandbox->start()) {
        *why = u"the in-process sandbox did not start"_s;
        return false;
    }
    m_port = m_sandbox->port();
    m_websitePort = m_sandbox->server().websitePort();
    m_accessKey = SandboxFixture::credentials().accessKeyId();
    m_secretKey = SandboxFixture::credentials().secretKey().toByteArray();
    m_websiteDomain = "s3-website.us-east-1.localhost";
    return true;
}

bool S3Target::readRgwEnv(QString *why)
{
    const QString path = qEnvironmentVariable("RGW_PEER_ENV");
    if (path.isEmpty()) {
        *why = u"S3_TARGET=rgw but RGW_PEER_ENV is not set; run this test through ctest (fixture rgw)"_s;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"cannot read %1: did rgw_start pass?"_s.arg(path);
        return false;
    }
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    const QUrl endpoint(QString::fromLatin1(values.value("RGW_ENDPOINT")));
    m_port = quint16(endpoint.port());
    m_websitePort = m_port; // radosgw tells website requests apart by their Host
    m_accessKey = values.value("RGW_ACCESS_KEY");
    m_secretKey = values.value("RGW_SECRET_KEY");
    m_websiteDomain = values.value("RGW_WEBSITE_HOST");
    m_logPath = QString::fromLocal8Bit(values.value("RGW_LOG"));
    if (endpoint.host() != u"127.0.0.1"_s || endpoint.port() <= 0 || m_accessKey.isEmpty()
        || m_secretKey.isEmpty() || m_websiteDomain.isEmpty() || m_logPath.isEmpty()) {
        *why = u"%1 does not name a loopback endpoint, keys, website host and log"_s.arg(path);
        return false;
    }
    return true;
}

QString S3Target::name() const
{
    return m_rgw ? u"radosgw"_s : u"sandbox"_s;
}

Credentials S3Target::credentials() const
{
    return Credentials(m_accessKey, m_secretKey);
}

QString S3Target::bucket(const QString &stem) const
{
    return stem + u'-' + m_suffix;
}

CloudProfile S3Target::profile() const
{
    if (!m_rgw)
        return ProfilePresets::sandbox(m_port);
    return ProfilePresets::s3Compatible(u"http://127.0.0.1:%1"_s.arg(m_port));
}

HttpRequest S3Target::request(
    const QByteArray &method, const QString &bucket, const QString &key, Addressing addressing) const
{
    return SandboxFixture::requestTo(m_port, method, bucket, key, addressing);
}

QByteArray S3Target::virtualHost(const QString &bucket) const
{
    return bucket.toUtf8() + ".localhost";
}

SendOptions S3Target::options(const Signer *signer, const QString &region) const
{
    return SandboxFixture::optionsFor(signer, credentials(), region);
}

HttpResponse S3Target::send(HttpRequest request, SendOptions options)
{
    if (request.host != "127.0.0.1" && options.connectHost.isEmpty())
        options.connectHost = "127.0.0.1"; // nothing resolves *.localhost but curl
    return SandboxFixture::waitFor(
        m_transport->send(std::move(request), std::move(options)), qPrintable(name()));
}

HttpResponse S3Target::sendObject(HttpRequest request)
{
    SendOptions o = options(&sigV4);
    o.bodyKind = SendOptions::BodyKind::Object;
    return send(std::move(request), std::move(o));
}

HttpResponse S3Target::anonymous(HttpRequest request)
{
    SendOptions o = options(nullptr);
    o.bodyKind = SendOptions::BodyKind::Object;
    return send(std::move(request), std::move(o));
}

HttpResponse S3Target::sendRaw(
    HttpRequest request, const Signer *signer, const QString &region, const QDateTime &time)
{
    request.scheme = "http";
    request.port = m_port;
    if (!request.hasHeader("Host"))
        request.setHeader("Host", request.hostHeader());
    if (signer) {
        SigningParams params;
        params.time = time.isValid() ? time : QDateTime::currentDateTimeUtc();
        params.region = region;
        params.service = u"s3"_s;
        const QString problem = signer->sign(request, credentials(), params);
        if (!problem.isEmpty())
            qWarning("cannot sign: %s", qPrintable(problem));
    }
    request.setHeader("Connection", "close");
    return SandboxFixture::parseRaw(
        SandboxFixture::exchangeRaw(m_port, RawHttpRequest::serializeForWire(request)));
}

HttpResponse S3Target::putSubresource(
    const QString &bucket, const QByteArray &subresource, const QByteArray &body, const QString &key)
{
    HttpRequest r = request("PUT", bucket, key);
    r.addBareQuery(subresource);
    r.body = body;
    if (subresource == "policy" || subresource == "website" || subresource == "acl")
        r.setHeader("Content-MD5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64());
    return send(std::move(r));
}

HttpResponse S3Target::sendSubresource(
    const QByteArray &method, const QString &bucket, const QByteArray &subresource, const QString &key)
{
    HttpRequest r = request(method, bucket, key);
    r.addBareQuery(subresource);
    return send(std::move(r));
}

bool S3Target::createBucket(const QString &bucket, const QByteArray &acl)
{
    HttpRequest r = request("PUT", bucket);
    if (!acl.isEmpty())
        r.setHeader("x-amz-acl", acl);
    const HttpResponse response = send(std::move(r));
    if (!response.error.isOk())
        qWarning("cannot create bucket %s: %s", qPrintable(bucket), qPrintable(response.error.toString()));
    return response.error.isOk();
}

bool S3Target::putObject(
    const QString &bucket, const QString &key, const QByteArray &body, const QByteArray &acl)
{
    HttpRequest r = request("PUT", bucket, key);
    r.body = body;
    if (!acl.isEmpty())
        r.setHeader("x-amz-acl", acl);
    const HttpResponse response = send(std::move(r));
    if (!response.error.isOk())
        qWarning("cannot put %s: %s", qPrintable(key), qPrintable(response.error.toString()));
    return response.error.isOk();
}

bool S3Target::createObjects(const QString &bucket, int count, const QString &prefix)
{
    for (int i = 0; i < count; ++i) {
        const QString key = prefix + u"key-%1"_s.arg(i, 6, 10, QChar(u'0'));
        if (!putObject(bucket, key, key.toUtf8()))
            return false;
    }
    return true;
}

QByteArray S3Target::websiteHostHeader(const QString &bucket) const
{
    const QByteArray host = bucket.isEmpty() ? m_websiteDomain : bucket.toUtf8() + '.' + m_websiteDomain;
    return host + ':' + QByteArray::number(m_websitePort);
}

HttpResponse S3Target::website(
    const QByteArray &method, const QString &bucket, const QByteArray &path, bool byHost)
{
    HttpRequest r;
    r.method = method;
    r.scheme = "http";
    r.port = m_websitePort;
    SendOptions o;
    o.bodyKind = SendOptions::BodyKind::Object;
    o.maxRedirects = 0;
    o.transferTimeoutMs = 20000;
    o.serviceLabel = u"S3 website"_s;
    o.connectHost = "127.0.0.1";
    if (byHost) {
        r.host = bucket.toUtf8() + '.' + m_websiteDomain;
        r.path = path;
    } else {
        // The sandbox serves path-style on 127.0.0.1; radosgw needs its website domain as the Host.
        r.host = m_rgw ? m_websiteDomain : QByteArray("127.0.0.1");
        r.path = '/' + bucket.toUtf8() + path;
    }
    return send(std::move(r), std::move(o));
}

int S3Target::rgwLogLines(const QByteArray &requestLine, int status) const
{
    if (!m_rgw)
        return -1;
    QFile file(m_logPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray needle = '"' + requestLine + "\" " + QByteArray::number(status) + ' ';
    int count = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains(" beast: ") && line.contains(needle))
            ++count;
    }
    return count;
}
