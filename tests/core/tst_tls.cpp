// SPDX-License-Identifier: GPL-3.0-or-later
// TLS trust over real loopback TLS: an untrusted certificate fails closed and shows its SHA-256
// fingerprint; a pinned fingerprint or a CA file makes it trusted; nothing else does. Certificates
// are made by the openssl command line for each run, and fingerprints are read back from it too.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "auth/credentials.h"
#include "auth/sigv4signer.h"
#include "scriptedhttpserver.h"
#include "scriptedrandom.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

bool openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString opensslFingerprint(const QString &dir, const QString &pem)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, pem});
    p.waitForFinished(30000);
    const QString out
        = QString::fromLatin1(p.readAllStandardOutput()).trimmed(); // "sha256 Fingerprint=AB:CD…"
    return out.mid(out.indexOf(u'=') + 1);
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void untrustedFailsClosedWithFingerprint();
    void pinnedCertificateIsTrusted();
    void wrongPinIsRefused();
    void caFileMakesItTrusted();
    void hostNameMismatchFailsEvenWithTheCa();
    void pinIsPerCloud();

private:
    HttpResponse fetch(ScriptedHttpServer &server, const TlsSettings &tls, int *requestsSeen);
    HttpResponse fetchWith(HttpTransport &transport, const QByteArray &host, quint16 port);
    QTemporaryDir m_dir;
};

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();
    const QStringList key = {u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s};
    // A self-signed certificate for 127.0.0.1.
    QVERIFY(openssl(d,
        QStringList {u"req"_s, u"-x509"_s} + key
            + QStringList {u"-keyout"_s,
                u"self.key"_s,
                u"-out"_s,
                u"self.pem"_s,
                u"-days"_s,
                u"2"_s,
                u"-subj"_s,
                u"/CN=127.0.0.1"_s,
                u"-addext"_s,
                u"subjectAltName=IP:127.0.0.1"_s}));
    // A private CA, and two certificates it signs: one for 127.0.0.1, one for another name.
    QVERIFY(openssl(d,
        QStringList {u"req"_s, u"-x509"_s} + key
            + QStringList {u"-keyout"_s,
                u"ca.key"_s,
                u"-out"_s,
                u"ca.pem"_s,
                u"-days"_s,
                u"2"_s,
                u"-subj"_s,
                u"/CN=Skylight Test CA"_s}));
    for (const auto &[name, san] : {std::pair {u"good"_s, u"subjectAltName=IP:127.0.0.1"_s},
             std::pair {u"other"_s, u"subjectAltName=DNS:other.example"_s}}) {
        QFile ext(d + u'/' + name + u".ext"_s);
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(san.toLatin1() + '\n');
        ext.close();
        QVERIFY(openssl(d,
            QStringList {u"req"_s} + key
                + QStringList {u"-keyout"_s,
                    name + u".key"_s,
                    u"-out"_s,
                    name + u".csr"_s,
                    u"-subj"_s,
                    u"/CN="_s + name}));
        QVERIFY(openssl(d,
            {u"x509"_s,
                u"-req"_s,
                u"-in"_s,
                name + u".csr"_s,
                u"-CA"_s,
                u"ca.pem"_s,
                u"-CAkey"_s,
                u"ca.key"_s,
                u"-CAcreateserial"_s,
                u"-out"_s,
                name + u".pem"_s,
                u"-days"_s,
                u"2"_s,
                u"-extfile"_s,
                name + u".ext"_s}));
    }
}

HttpResponse TestTls::fetch(ScriptedHttpServer &server, const TlsSettings &tls, int *requestsSeen)
{
    ScriptedRandom random(0.0);
    HttpTransport transport(nullptr, nullptr, nullptr, &random);
    HttpRequest endpoint;
    endpoint.scheme = "https";
    endpoint.host = "127.0.0.1";
    endpoint.port = server.port();
    transport.setTlsSettings(HttpTransport::endpointKey(endpoint), tls);
    const HttpResponse result = fetchWith(transport, "127.0.0.1", server.port());
    *requestsSeen = int(server.requests().size());
    return result;
}

void TestTls::untrustedFailsClosedWithFingerprint()
{
    ScriptedHttpServer server;
    QVERIFY(
        server.listenTls(readFile(m_dir.filePath(u"self.pem"_s)), readFile(m_dir.filePath(u"self.key"_s))));
    int seen = -1;
    const HttpResponse response = fetch(server, {}, &seen);
    QCOMPARE(response.error.kind(), ApiError::Kind::Tls);
    QCOMPARE(seen, 0); // nothing was sent over the untrusted connection
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.error.certificateSha256(), opensslFingerprint(m_dir.path(), u"self.pem"_s));
}

void TestTls::pinnedCertificateIsTrusted()
{
    ScriptedHttpServer server;
    QVERIFY(
        server.listenTls(readFile(m_dir.filePath(u"self.pem"_s)), readFile(m_dir.filePath(u"self.key"_s))));
    TlsSettings tls;
    tls.pinnedSha256 = opensslFingerprint(m_dir.path(), u"self.pem"_s).toLower().remove(u':');
    int seen = -1;
    const HttpResponse response = fetch(server, tls, &seen);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(seen, 1);
}

void TestTls::wrongPinIsRefused()
{
    ScriptedHttpServer server;
    QVERIFY(
        server.listenTls(readFile(m_dir.filePath(u"self.pem"_s)), readFile(m_dir.filePath(u"self.key"_s))));
    TlsSettings tls;
    tls.pinnedSha256 = opensslFingerprint(m_dir.path(), u"good.pem"_s); // another certificate's
    int seen = -1;
    QCOMPARE(fetch(server, tls, &seen).error.kind(), ApiError::Kind::Tls);
    QCOMPARE(seen, 0);
}

void TestTls::caFileMakesItTrusted()
{
    ScriptedHttpServer server;
    QVERIFY(
        server.listenTls(readFile(m_dir.filePath(u"good.pem"_s)), readFile(m_dir.filePath(u"good.key"_s))));
    int seen = -1;
    QCOMPARE(fetch(server, {}, &seen).error.kind(), ApiError::Kind::Tls);
    TlsSettings tls;
    tls.caFile = m_dir.filePath(u"ca.pem"_s);
    const HttpResponse response = fetch(server, tls, &seen);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.toString()));
    QCOMPARE(seen, 1);
}

void TestTls::hostNameMismatchFailsEvenWithTheCa()
{
    ScriptedHttpServer server;
    QVERIFY(
        server.listenTls(readFile(m_dir.filePath(u"other.pem"_s)), readFile(m_dir.filePath(u"other.key"_s))));
    TlsSettings tls;
    tls.caFile = m_dir.filePath(u"ca.pem"_s);
    int seen = -1;
    const HttpResponse response = fetch(server, tls, &seen);
    QCOMPARE(response.error.kind(), ApiError::Kind::Tls);
    QVERIFY(response.error.message().contains(u"host name"_s, Qt::CaseInsensitive));
    QCOMPARE(seen, 0);
}

HttpResponse TestTls::fetchWith(HttpTransport &transport, const QByteArray &host, quint16 port)
{
    HttpRequest r;
    r.scheme = "https";
    r.host = host;
    r.port = port;
    r.path = "/bucket/key";
    SigV4Signer::Options o;
    o.rules = SigV4Signer::Rules::S3;
    const SigV4Signer signer(o);
    SendOptions options;
    options.signer = &signer;
    options.credentials = Credentials("AKID", "secret");
    options.region = u"us-east-1"_s;
    options.service = u"s3"_s;
    HttpResponse result;
    bool done = false;
    connect(transport.send(r, options), &Exchange::finished, this, [&](const HttpResponse &response) {
        result = response;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }();
    return result;
}

// Two clouds in one transport (one GUI session): the pin given for cloud A's endpoint is A's alone.
// Cloud B on another port with the very same certificate, and the same server reached by another
// name, are refused, before and after A's trusted connection exists.
void TestTls::pinIsPerCloud()
{
    const QByteArray pem = readFile(m_dir.filePath(u"self.pem"_s));
    const QByteArray key = readFile(m_dir.filePath(u"self.key"_s));
    ScriptedHttpServer a;
    ScriptedHttpServer b;
    QVERIFY(a.listenTls(pem, key));
    QVERIFY(b.listenTls(pem, key));
    ScriptedRandom random(0.0);
    HttpTransport transport(nullptr, nullptr, nullptr, &random);
    HttpRequest endpointA;
    endpointA.scheme = "https";
    endpointA.host = "127.0.0.1";
    endpointA.port = a.port();
    TlsSettings pinned;
    pinned.pinnedSha256 = opensslFingerprint(m_dir.path(), u"self.pem"_s);
    transport.setTlsSettings(HttpTransport::endpointKey(endpointA), pinned);

    QCOMPARE(fetchWith(transport, "127.0.0.1", b.port()).error.kind(), ApiError::Kind::Tls);
    const HttpResponse first = fetchWith(transport, "127.0.0.1", a.port());
    QVERIFY2(first.error.isOk(), qPrintable(first.error.toString()));
    QCOMPARE(fetchWith(transport, "127.0.0.1", b.port()).error.kind(), ApiError::Kind::Tls);
    const HttpResponse byName = fetchWith(transport, "localhost", a.port());
    QVERIFY(!byName.error.isOk()); // TLS (or refused, should localhost be ::1 first): never sent
    QCOMPARE(b.requests().size(), 0);
    QCOMPARE(a.requests().size(), 1); // only the pinned cloud's request got through
    QVERIFY(fetchWith(transport, "127.0.0.1", a.port()).error.isOk());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
