// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3target.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QUrl>

#include "clouds/profilepresets.h"
#include "peerenv.h"
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
    const QString target = qEnvironmentVariable("S3_TARGET");
    if (target == u"rgw"_s) {
        m_server = Server::Rgw;
        return usePeer("RGW_PEER_ENV", "RGW_", why);
    }
    if (target == u"s3rver"_s) {
        m_server = Server::S3rver;
        return usePeer("S3RVER_PEER_ENV", "S3RVER_", why);
    }
    if (!target.isEmpty()) {
        *why = u"S3_TARGET=%1 names no server (rgw, s3rver, or unset for the sandbox)"_s.arg(target);
        return false;
    }
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

bool S3Target::usePeer(const char *variable, const QByteArray &prefix, QString *why)
{
    const QString fixture = QString::fromLatin1(prefix.toLower().chopped(1));
    QHash<QByteArray, QByteArray> all;
    QString path;
    if (!readPeerEnv(variable, &all, &path)) {
        *why = u"S3_TARGET=%1 but %2 (%3) names no readable file; run this test through ctest (fixture %1)"_s
                   .arg(fixture, QString::fromLatin1(variable), path);
        return false;
    }
    QHash<QByteArray, QByteArray> values;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key().startsWith(prefix))
            values.insert(it.key().mid(prefix.size()), it.value());
    }
    const QUrl endpoint(QString::fromLatin1(values.value("ENDPOINT")));
    m_port = quint16(endpoint.port());
    m_websitePort = m_port; // both tell website requests apart by their Host
    m_accessKey = values.value("ACCESS_KEY");
    m_secretKey = values.value("SECRET_KEY");
    m_websiteDomain = values.value("WEBSITE_HOST");
    m_logPath = QString::fromLocal8Bit(values.value("LOG")); // radosgw only
    if (endpoint.host() != u"127.0.0.1"_s || endpoint.port() <= 0 || m_accessKey.isEmpty()
        || m_secretKey.isEmpty() || m_websiteDomain.isEmpty() || (isRgw() && m_logPath.isEmpty())) {
        *why = u"%1 does not name a loopback endpoint, keys, website host (and radosgw's log)"_s.arg(path);
        return false;
    }
    return true;
}

QString S3Target::name() const
{
    switch (m_server) {
    case Server::Rgw:
        return u"radosgw"_s;
    case Server::S3rver:
        return u"s3rver"_s;
    case Server::Sandbox:
        break;
    }
    return u"sandbox"_s;
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
    if (m_server == Server::Sandbox)
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
        r.host = isRgw() ? m_websiteDomain : QByteArray("127.0.0.1");
        r.path = '/' + bucket.toUtf8() + path;
    }
    return send(std::move(r), std::move(o));
}

int S3Target::rgwLogLines(const QByteArray &requestLine, int status) const
{
    if (!isRgw())
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

S3Target::S3rverKeyFate S3Target::s3rverKeyFate(const QString &key, QString *listedAs)
{
    // ._S3rver_metadata.json, the longest name s3rver gives a segment, within NAME_MAX (255 bytes)
    constexpr qsizetype kLongestSegment = 255 - 22;
    const QList<QByteArray> segments = key.toUtf8().split('/');
    for (const QByteArray &segment : segments) {
        if (segment.size() > kLongestSegment)
            return S3rverKeyFate::KillsTheServer;
    }
    // A trailing "/" is an empty last segment, which s3rver's router accepts ("a/").
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i].isEmpty())
            return S3rverKeyFate::Refused;
    }
    // path.join(DATA, BUCKET, …segments): "." and ".." before the last segment are resolved.
    QList<QByteArray> folders;
    bool renamed = false;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i] == ".") {
            renamed = true;
        } else if (segments[i] == "..") {
            renamed = true;
            if (folders.isEmpty())
                return S3rverKeyFate::OutsideTheBucket;
            folders.removeLast();
        } else {
            folders.append(segments[i]);
        }
    }
    folders.append(segments.last());
    if (listedAs)
        *listedAs = QString::fromUtf8(folders.join('/'));
    return renamed ? S3rverKeyFate::Renamed : S3rverKeyFate::Kept;
}
