// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" against the in-process sandbox (S3 ListBuckets, EC2 DescribeRegions), a TLS
// server with a self-signed certificate, and `skylight-cli profiles test`.
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "clouds/connectiontester.h"
#include "clouds/profilepresets.h"
#include "sandboxfixture.h"
#include "scriptedhttpserver.h"
#include "transport/httptransport.h"
#include "transport/tlssettings.h"

using namespace Qt::StringLiterals;

namespace {

ConnectionTestResult runTester(HttpTransport *transport, const CloudProfile &profile, const Credentials &keys)
{
    auto *tester = new ConnectionTester(transport, profile, keys);
    QSignalSpy spy(tester, &ConnectionTester::finished);
    tester->start();
    if (!spy.isEmpty() || !spy.wait(30000))
        return {}; // reported before start() returned, or never: both fail the caller's checks
    if (!spy.isEmpty() && spy.size() != 1)
        return {};
    return spy.first().first().value<ConnectionTestResult>();
}

const ServiceTestOutcome *outcome(const ConnectionTestResult &r, ServiceTestOutcome::Service service)
{
    for (const ServiceTestOutcome &o : r.outcomes) {
        if (o.service == service)
            return &o;
    }
    return nullptr;
}

bool openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsers_data();
    void parsers();
    void sandboxSucceeds_data();
    void sandboxSucceeds();
    void wrongSecretIsSignatureDoesNotMatch_data();
    void wrongSecretIsSignatureDoesNotMatch();
    void unknownKey();
    void abortReportsOnce();
    void untrustedCertificateCarriesFingerprint();
    void cliTest();
};

void TestConnectionTester::parsers_data()
{
    QTest::addColumn<bool>("s3");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("ok");
    QTest::newRow("buckets") << true
                             << QByteArray(
                                    "<?xml version=\"1.0\"?><ListAllMyBucketsResult xmlns=\"x\"><Owner>"
                                    "<ID>o</ID><DisplayName>me</DisplayName></Owner><Buckets><Bucket>"
                                    "<Name>a</Name><CreationDate>d</CreationDate></Bucket><Bucket>"
                                    "<Name>b.c</Name></Bucket></Buckets></ListAllMyBucketsResult>")
                             << QStringList {u"a"_s, u"b.c"_s} << true;
    QTest::newRow("no buckets") << true
                                << QByteArray("<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>")
                                << QStringList {} << true;
    QTest::newRow("regions") << false
                             << QByteArray(
                                    "<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/"
                                    "2016-11-15/\"><requestId>r</requestId><regionInfo><item>"
                                    "<regionName>us-east-1</regionName><regionEndpoint>e</regionEndpoint>"
                                    "</item><item><regionName>eu-west-1</regionName></item></regionInfo>"
                                    "</DescribeRegionsResponse>")
                             << QStringList {u"us-east-1"_s, u"eu-west-1"_s} << true;
    QTest::newRow("dtd") << true
                         << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
                                       "<ListAllMyBucketsResult><Buckets><Bucket><Name>&a;</Name></Bucket>"
                                       "</Buckets></ListAllMyBucketsResult>")
                         << QStringList {} << false;
    QTest::newRow("wrong root") << false << QByteArray("<Response><regionName>x</regionName></Response>")
                                << QStringList {} << false;
    QTest::newRow("empty") << true << QByteArray() << QStringList {} << false;
    QTest::newRow("truncated") << false << QByteArray("<DescribeRegionsResponse><regionInfo>")
                               << QStringList {} << false;
}

void TestConnectionTester::parsers()
{
    QFETCH(bool, s3);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, names);
    QFETCH(bool, ok);
    const Result<QStringList> r = s3 ? parseListBucketsNames(body) : parseDescribeRegionsNames(body);
    QCOMPARE(r.isOk(), ok);
    if (ok)
        QCOMPARE(r.value(), names);
    else
        QCOMPARE(r.error().kind(), ApiError::Kind::Parse);
}

void TestConnectionTester::sandboxSucceeds_data()
{
    QTest::addColumn<int>("ec2Signing");
    QTest::addColumn<int>("s3Signing");
    QTest::newRow("sigv4") << int(SigningAlgorithm::SigV4) << int(SigningAlgorithm::SigV4S3);
    QTest::newRow("sigv2 + hmac-v1") << int(SigningAlgorithm::SigV2) << int(SigningAlgorithm::S3V1);
    QTest::newRow("sigv2 sha1") << int(SigningAlgorithm::SigV2Sha1) << int(SigningAlgorithm::SigV4S3);
}

void TestConnectionTester::sandboxSucceeds()
{
    QFETCH(int, ec2Signing);
    QFETCH(int, s3Signing);
    SandboxFixture sandbox({u"us-east-1"_s, u"eu-west-1"_s});
    QVERIFY(sandbox.start());
    QCOMPARE(sandbox.send(sandbox.request("PUT", u"first"_s)).status, 200);
    QCOMPARE(sandbox.send(sandbox.request("PUT", u"second"_s)).status, 200);
    CloudProfile profile = ProfilePresets::sandbox(sandbox.port());
    profile.ec2Signing.algorithm = SigningAlgorithm(ec2Signing);
    profile.s3Signing.algorithm = SigningAlgorithm(s3Signing);
    HttpTransport transport;
    const ConnectionTestResult r = runTester(&transport, profile, SandboxFixture::credentials());
    QCOMPARE(r.outcomes.size(), 2);
    const ServiceTestOutcome *s3 = outcome(r, ServiceTestOutcome::Service::S3);
    const ServiceTestOutcome *ec2 = outcome(r, ServiceTestOutcome::Service::Ec2);
    QVERIFY(s3 && ec2);
    QVERIFY2(s3->isOk(), qPrintable(s3->summary()));
    QVERIFY2(ec2->isOk(), qPrintable(ec2->summary()));
    QVERIFY(r.isOk());
    QCOMPARE(s3->names, (QStringList {u"first"_s, u"second"_s}));
    QVERIFY(ec2->names.contains(u"us-east-1"_s));
    QVERIFY(ec2->names.contains(u"eu-west-1"_s));
    // "%n bucket(s)": "2 buckets" with the English plural catalogue (not installed here), else as written.
    QVERIFY2(s3->summary().contains(u"OK, 2 bucket"_s), qPrintable(s3->summary()));
}

void TestConnectionTester::wrongSecretIsSignatureDoesNotMatch_data()
{
    sandboxSucceeds_data();
}

void TestConnectionTester::wrongSecretIsSignatureDoesNotMatch()
{
    QFETCH(int, ec2Signing);
    QFETCH(int, s3Signing);
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    CloudProfile profile = ProfilePresets::sandbox(sandbox.port());
    profile.ec2Signing.algorithm = SigningAlgorithm(ec2Signing);
    profile.s3Signing.algorithm = SigningAlgorithm(s3Signing);
    HttpTransport transport;
    const Credentials wrong(SandboxFixture::credentials().accessKeyId(), "not-the-sandbox-secret");
    const ConnectionTestResult r = runTester(&transport, profile, wrong);
    QCOMPARE(r.outcomes.size(), 2);
    QVERIFY(!r.isOk());
    for (const ServiceTestOutcome &o : r.outcomes) {
        QCOMPARE(o.error.serviceCode(), u"SignatureDoesNotMatch"_s);
        QCOMPARE(o.error.httpStatus(), 403);
        QVERIFY(o.summary().contains(u"SignatureDoesNotMatch"_s));
        QVERIFY(o.summary().contains(o.error.humanSentence()));
        QVERIFY(!o.summary().contains(u"not-the-sandbox-secret"_s));
    }
}

void TestConnectionTester::unknownKey()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const CloudProfile profile = ProfilePresets::sandbox(sandbox.port());
    HttpTransport transport;
    const ConnectionTestResult r = runTester(&transport, profile, Credentials("AKIDUNKNOWN", "whatever"));
    QCOMPARE(r.outcomes.size(), 2);
    const ServiceTestOutcome *s3 = outcome(r, ServiceTestOutcome::Service::S3);
    QVERIFY(s3);
    QCOMPARE(s3->error.serviceCode(), u"InvalidAccessKeyId"_s);
    const ServiceTestOutcome *ec2 = outcome(r, ServiceTestOutcome::Service::Ec2);
    QVERIFY(ec2);
    QVERIFY2(
        ec2->error.serviceCode() == u"AuthFailure"_s || ec2->error.serviceCode() == u"InvalidAccessKeyId"_s,
        qPrintable(ec2->error.serviceCode()));
}

void TestConnectionTester::abortReportsOnce()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const ScriptedHttpServer::Request &) {
        ScriptedHttpServer::Reply reply;
        reply.action = ScriptedHttpServer::Reply::Action::Stall;
        return reply;
    });
    HttpTransport transport;
    auto *tester = new ConnectionTester(
        &transport, ProfilePresets::sandbox(server.port()), Credentials("AKID", "secret"));
    QPointer<ConnectionTester> alive(tester);
    QSignalSpy spy(tester, &ConnectionTester::finished);
    tester->start();
    QTRY_VERIFY(!server.requests().isEmpty());
    tester->abort();
    QCOMPARE(spy.size(), 0); // not before abort() returned
    QVERIFY(spy.wait(5000));
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);
    const auto r = spy.first().first().value<ConnectionTestResult>();
    for (const ServiceTestOutcome &o : r.outcomes)
        QCOMPARE(o.error.kind(), ApiError::Kind::Aborted);
    QTRY_VERIFY(alive.isNull()); // deleted itself
}

void TestConnectionTester::untrustedCertificateCarriesFingerprint()
{
    QTemporaryDir dir;
    QVERIFY(openssl(dir.path(),
        {u"req"_s,
            u"-x509"_s,
            u"-newkey"_s,
            u"rsa:2048"_s,
            u"-nodes"_s,
            u"-keyout"_s,
            u"self.key"_s,
            u"-out"_s,
            u"self.pem"_s,
            u"-days"_s,
            u"2"_s,
            u"-subj"_s,
            u"/CN=127.0.0.1/O=Skylight Test"_s,
            u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1"_s}));
    const QByteArray pem = readFile(dir.filePath(u"self.pem"_s));
    ScriptedHttpServer server;
    QVERIFY(server.listenTls(pem, readFile(dir.filePath(u"self.key"_s))));
    server.setHandler([](const ScriptedHttpServer::Request &) {
        ScriptedHttpServer::Reply reply;
        reply.body = "<ListAllMyBucketsResult><Buckets><Bucket><Name>x</Name></Bucket></Buckets>"
                     "</ListAllMyBucketsResult>";
        return reply;
    });
    CloudProfile profile = ProfilePresets::s3Compatible(u"https://127.0.0.1:%1"_s.arg(server.port()));
    HttpTransport transport;
    const ConnectionTestResult r = runTester(&transport, profile, Credentials("AKID", "secret"));
    QCOMPARE(r.outcomes.size(), 1);
    const ServiceTestOutcome &o = r.outcomes.first();
    QCOMPARE(o.error.kind(), ApiError::Kind::Tls);
    const QSslCertificate expected = QSslCertificate::fromData(pem, QSsl::Pem).value(0);
    QCOMPARE(o.error.certificateSha256(), TlsSettings::sha256Fingerprint(expected));
    QVERIFY(o.summary().contains(o.error.certificateSha256()));
    QCOMPARE(o.certificate, expected);    // the probe read the same certificate
    QVERIFY(server.requests().isEmpty()); // nothing was sent to an untrusted server

    profile.tls.pinnedSha256 = o.error.certificateSha256(); // "Trust this certificate"
    const ConnectionTestResult pinned = runTester(&transport, profile, Credentials("AKID", "secret"));
    QVERIFY2(pinned.isOk(), qPrintable(pinned.outcomes.value(0).summary()));
    QCOMPARE(pinned.outcomes.first().names, QStringList {u"x"_s});
}

// The CLI needs the keychain for the profile's keys: this part runs under scripts/test.sh.
void TestConnectionTester::cliTest()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no session bus: run under scripts/test.sh (dbus-run-session with gnome-keyring)");
    SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    QTemporaryDir home;
    const QString name = u"tst-connectiontester-%1"_s.arg(QCoreApplication::applicationPid());
    const auto cli = [&](const QStringList &args, const QByteArray &secret, QByteArray *err) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        env.insert(u"AWS_ACCESS_KEY_ID"_s, QString::fromLatin1(SandboxFixture::credentials().accessKeyId()));
        env.insert(u"AWS_SECRET_ACCESS_KEY"_s, QString::fromLatin1(secret));
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("SKYLIGHT_CLI"), QStringList {u"profiles"_s} + args);
        // The sandbox answers from this process's event loop, so wait with it turning.
        if (!done.wait(30000))
            return -1;
        *err = p.readAllStandardError() + p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray err;
    const QStringList add = {u"add"_s,
        name,
        u"--provider"_s,
        u"sandbox"_s,
        u"--endpoint-url"_s,
        u"http://127.0.0.1:%1"_s.arg(sandbox.port()),
        u"--key-from-env"_s};
    QCOMPARE(cli(add, "sandbox-secret-key", &err), 0);
    QCOMPARE(cli({u"test"_s, name}, {}, &err), 0);
    QVERIFY(err.contains("S3: OK"));
    QVERIFY(err.contains("EC2: OK"));
    QCOMPARE(cli(add, "wrong-secret-CANARY", &err), 0);
    QCOMPARE(cli({u"test"_s, name}, {}, &err), 1);
    QVERIFY2(err.contains("SignatureDoesNotMatch"), err.constData());
    QVERIFY(!err.contains("wrong-secret-CANARY"));
    QCOMPARE(cli({u"remove"_s, name}, {}, &err), 0);
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
