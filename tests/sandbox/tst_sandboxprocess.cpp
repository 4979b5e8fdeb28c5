// SPDX-License-Identifier: GPL-3.0-or-later
// skylight-sandbox as a program: --demo with --faults FILE, seen by HttpTransport and by Debian's AWS
// CLI (/usr/bin/aws, which counts the demo photos with the real S3 service model).
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "peertoolenvironment.h"
#include "sandboxconfig.h"
#include "sandboxfixture.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

const QString kAws = u"/usr/bin/aws"_s;

// The first photo: reset on its first two GETs (Qt resends once by itself), so HttpTransport retries.
constexpr const char *kFaults = R"({"rules":[
  {"method":"GET","glob":"/photos/2021/01/beach/IMG_0000.jpg","times":2,"action":"reset"},
  {"method":"GET","glob":"/photos/2021/01/beach/IMG_0001.jpg","action":"error","status":503,"code":"SlowDown"}
]})";

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resetIsRetried();
    void slowDownEveryTime();
    void awsCountsTenThousandPhotos();
    void malformedFaultsRefused();
    void cliRunsTheSandbox();

private:
    HttpResponse get(const QByteArray &path);
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    quint16 m_port = 0;
    SandboxFixture m_client; // its transport and signers only
};

void TestSandboxProcess::initTestCase()
{
    const QString program = qEnvironmentVariable("SKYLIGHT_SANDBOX");
    QVERIFY2(QFile::exists(program), "SKYLIGHT_SANDBOX does not name the built skylight-sandbox");
    QFile faults(m_dir.filePath(u"faults.json"_s));
    QVERIFY(faults.open(QIODevice::WriteOnly));
    faults.write(kFaults);
    faults.close();
    m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sandbox.start(
        program, {u"--data"_s, m_dir.filePath(u"data"_s), u"--demo"_s, u"--faults"_s, faults.fileName()});
    QVERIFY(m_sandbox.waitForStarted());
    QByteArray line;
    QSignalSpy output(&m_sandbox, &QProcess::readyReadStandardOutput);
    while (!line.contains('\n') && m_sandbox.state() == QProcess::Running) {
        if (!m_sandbox.canReadLine())
            QVERIFY(output.wait(60000));
        line += m_sandbox.readLine();
    }
    const QRegularExpressionMatch m
        = QRegularExpression(u"ready s3=http://127\\.0\\.0\\.1:(\\d+) "_s).match(QString::fromUtf8(line));
    QVERIFY2(m.hasMatch(), line.constData());
    m_port = quint16(m.captured(1).toUInt());
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.throttleBaseDelayMs = 20;
    m_client.transport().setRetryPolicy(fast);
}

void TestSandboxProcess::cleanupTestCase()
{
    if (m_sandbox.state() == QProcess::Running) {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(10000));
        QCOMPARE(m_sandbox.exitCode(), 0);
    }
}

HttpResponse TestSandboxProcess::get(const QByteArray &path)
{
    HttpRequest r;
    r.method = "GET";
    r.scheme = "http";
    r.host = "127.0.0.1";
    r.port = m_port;
    r.path = path;
    SendOptions o = m_client.options(&m_client.sigV4);
    o.bodyKind = SendOptions::BodyKind::Object;
    return m_client.send(r, o);
}

void TestSandboxProcess::resetIsRetried()
{
    const HttpResponse r = get("/photos/2021/01/beach/IMG_0000.jpg");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QVERIFY(r.attempts >= 2);
    QVERIFY(r.body.startsWith("\xFF\xD8\xFF"));
    QCOMPARE(r.body.size(), 512);
    QCOMPARE(get("/photos/2021/01/beach/IMG_0000.jpg").attempts, 1); // times 2: then no more
}

void TestSandboxProcess::slowDownEveryTime()
{
    const HttpResponse r = get("/photos/2021/01/beach/IMG_0001.jpg");
    QCOMPARE(r.status, 503);
    QCOMPARE(r.error.serviceCode(), u"SlowDown"_s);
    QCOMPARE(r.attempts, m_client.transport().retryPolicy().maxAttempts);
}

void TestSandboxProcess::awsCountsTenThousandPhotos()
{
    QVERIFY2(QFile::exists(kAws), "the AWS CLI is missing: apt-get install awscli (scripts/setup.sh)");
    QProcess aws;
    aws.setProcessEnvironment(peerToolEnvironment(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
        QString::fromLatin1(SandboxConfig::kDefaultSecretKey)));
    // The sandbox is another process: blocking here is fine.
    aws.start(kAws,
        {u"--endpoint-url"_s,
            u"http://127.0.0.1:%1"_s.arg(m_port),
            u"s3"_s,
            u"ls"_s,
            u"s3://photos"_s,
            u"--recursive"_s,
            u"--summarize"_s});
    QVERIFY(aws.waitForFinished(180000));
    const QByteArray out = aws.readAllStandardOutput();
    QVERIFY2(aws.exitCode() == 0, aws.readAllStandardError().constData());
    QVERIFY2(out.contains("Total Objects: 10000"), out.right(200).constData());
    QCOMPARE(out.count("/IMG_"), 10000);
}

void TestSandboxProcess::malformedFaultsRefused()
{
    QFile bad(m_dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"([{"action":"reset","nth":0}])");
    bad.close();
    QProcess second;
    second.start(qEnvironmentVariable("SKYLIGHT_SANDBOX"),
        {u"--data"_s, m_dir.filePath(u"other"_s), u"--faults"_s, bad.fileName()});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 1);
    const QByteArray err = second.readAllStandardError();
    QVERIFY2(err.contains("rule 1"), err.constData());
}

// `skylight-cli sandbox ARGS` is skylight-sandbox itself: same ready line, same clean SIGTERM, same
// refusals and exit status.
void TestSandboxProcess::cliRunsTheSandbox()
{
    const QString cli = qEnvironmentVariable("SKYLIGHT_CLI");
    QVERIFY2(QFile::exists(cli), "SKYLIGHT_CLI does not name the built skylight-cli");
    QProcess sandbox;
    sandbox.start(
        cli, {u"sandbox"_s, u"--data"_s, m_dir.filePath(u"through-cli"_s), u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY(sandbox.waitForStarted());
    QByteArray line;
    while (!line.contains('\n') && sandbox.state() == QProcess::Running) {
        if (!sandbox.canReadLine())
            QVERIFY(sandbox.waitForReadyRead(60000));
        line += sandbox.readLine();
    }
    QVERIFY2(line.startsWith("skylight-sandbox ready s3=http://127.0.0.1:"), line.constData());
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
    QVERIFY(QFile::exists(m_dir.filePath(u"through-cli/index.sqlite"_s))); // its state, in its DIR

    QProcess refused;
    refused.start(cli, {u"sandbox"_s, u"--no-such-option"_s});
    QVERIFY(refused.waitForFinished(30000));
    QVERIFY(refused.exitCode() != 0);
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
