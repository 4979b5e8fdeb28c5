// SPDX-License-Identifier: GPL-3.0-or-later
// The security review's checks on the programs as a user runs them: skylight-sandbox in a child
// process holding a canary secret (given through the environment, never argv), skylight-cli doing
// real work against it with every logging category at debug level. No canary may appear in stdout,
// stderr, error messages (wrong signature, refused connection, TLS failure), /proc/PID/cmdline of
// either program, the settings and data folders or TMPDIR; the profile file is 0600 in a 0700
// folder; `sign` takes its secret from the environment; a recursive download never writes through a
// symbolic link out of the chosen folder.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "canaries.h"
#include "scriptedhttpserver.h"
#include "testdata.h"

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray cmdlineOf(qint64 pid)
{
    QFile f(u"/proc/%1/cmdline"_s.arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : mode_t(07777);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestSecurityCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verboseWorkLeaksNoSecret();
    void errorsLeakNoSecret_data();
    void errorsLeakNoSecret();
    void runningCliShowsNoSecret();
    void profileFileIsPrivate();
    void signTakesTheSecretFromTheEnvironment();
    void recursiveDownloadStaysInTheFolder();

private:
    QProcessEnvironment environment(const QByteArray &secret) const;
    Run cli(const QStringList &args, const QByteArray &secret, const QString &endpoint = {});
    QString endpoint() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    int leaks(const QByteArray &bytes) const { return Canaries::countIn(bytes, m_canaries); }

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    ScriptedHttpServer m_tls; // a self-signed certificate nobody trusts
    quint16 m_port = 0;
    QByteArray m_secret; // the sandbox's, and the CLI's
    QByteArray m_wrongSecret;
    QList<QByteArray> m_canaries;
};

void TestSecurityCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *sub : {"home", "tmp", "data", "runtime"})
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
    QFile::setPermissions(m_dir.filePath(u"runtime"_s),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray salt = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    m_secret = "CANARYsecureSecret" + salt;
    m_wrongSecret = "CANARYwrongSecret" + salt;
    m_canaries = Canaries::fromFixtures() + QList<QByteArray> {m_secret, m_wrongSecret};

    // A TLS server whose certificate is trusted by nobody: its refusal must be loud and clean.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(u"openssl"_s,
        {u"req"_s,
            u"-x509"_s,
            u"-newkey"_s,
            u"rsa:2048"_s,
            u"-nodes"_s,
            u"-keyout"_s,
            u"tls.key"_s,
            u"-out"_s,
            u"tls.pem"_s,
            u"-days"_s,
            u"2"_s,
            u"-subj"_s,
            u"/CN=127.0.0.1"_s,
            u"-addext"_s,
            u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    QFile pem(m_dir.filePath(u"tls.pem"_s));
    QFile key(m_dir.filePath(u"tls.key"_s));
    QVERIFY(pem.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QVERIFY(m_tls.listenTls(pem.readAll(), key.readAll()));

    // The sandbox with this test's keys: the secret in the environment, not on the command line.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SKYLIGHT_SANDBOX_SECRET_KEY"_s, QString::fromLatin1(m_secret));
    m_sandbox.setProcessEnvironment(env);
    m_sandbox.start(qEnvironmentVariable("SKYLIGHT_SANDBOX"),
        {u"--demo"_s,
            u"--data"_s,
            m_dir.filePath(u"data"_s),
            u"--listen"_s,
            u"127.0.0.1:0"_s,
            u"--access-key"_s,
            u"AKIDSECURITYTEST"_s});
    QByteArray ready;
    QVERIFY(QTest::qWaitFor(
        [&] {
            ready += m_sandbox.readAllStandardOutput();
            return ready.contains('\n') || m_sandbox.state() == QProcess::NotRunning;
        },
        60000));
    const auto m = QRegularExpression(u"s3=http://127\\.0\\.0\\.1:(\\d+)"_s).match(QString::fromUtf8(ready));
    QVERIFY2(m.hasMatch(), ready.constData());
    m_port = quint16(m.captured(1).toUInt());
    QCOMPARE(leaks(cmdlineOf(m_sandbox.processId())), 0);
    QVERIFY(cmdlineOf(m_sandbox.processId()).contains("AKIDSECURITYTEST")); // the check reads the right thing
}

void TestSecurityCli::cleanupTestCase()
{
    m_sandbox.terminate();
    if (!m_sandbox.waitForFinished(5000))
        m_sandbox.kill();
    // Whatever the sandbox printed on its way out carries no secret either.
    QCOMPARE(leaks(m_sandbox.readAllStandardOutput() + m_sandbox.readAllStandardError()), 0);
}

QProcessEnvironment TestSecurityCli::environment(const QByteArray &secret) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/.config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"home/.cache"_s));
    env.insert(u"TMPDIR"_s, m_dir.filePath(u"tmp"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"runtime"_s));
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // the most verbose there is
    env.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDSECURITYTEST"_s);
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, QString::fromLatin1(secret));
    return env;
}

Run TestSecurityCli::cli(const QStringList &args, const QByteArray &secret, const QString &endpointUrl)
{
    QProcess p;
    p.setProcessEnvironment(environment(secret));
    p.setWorkingDirectory(m_dir.path());
    QStringList all = args;
    if (!args.startsWith(u"sign"_s) && !args.startsWith(u"profiles"_s))
        all << u"--endpoint-url"_s << (endpointUrl.isEmpty() ? endpoint() : endpointUrl) << u"--provider"_s
            << u"sandbox"_s;
    p.start(qEnvironmentVariable("SKYLIGHT_CLI"), all);
    // With the event loop turning: the TLS row's server lives in this process.
    if (!p.waitForStarted() || !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        p.readAllStandardOutput(),
        p.readAllStandardError()};
}

void TestSecurityCli::verboseWorkLeaksNoSecret()
{
    QByteArray big(17 * 1024 * 1024 + 3, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) >> 7);
    QVERIFY(writeFile(m_dir.filePath(u"big.bin"_s), big));
    const QList<QStringList> work = {
        {u"s3"_s, u"mb"_s, u"s3://secure"_s},
        {u"s3"_s, u"cp"_s, m_dir.filePath(u"big.bin"_s), u"s3://secure/big.bin"_s},
        {u"s3"_s, u"ls"_s, u"s3://secure/"_s},
        {u"s3"_s, u"ls"_s},
        {u"s3"_s, u"cp"_s, u"s3://secure/big.bin"_s, m_dir.filePath(u"down/big.bin"_s)},
        {u"s3"_s, u"presign"_s, u"s3://secure/big.bin"_s},
        {u"ec2"_s, u"regions"_s},
        {u"ec2"_s, u"instances"_s},
        {u"ec2"_s, u"events"_s},
        {u"s3"_s, u"rm"_s, u"s3://secure/big.bin"_s},
    };
    QByteArray everything;
    for (const QStringList &args : work) {
        const Run r = cli(args, m_secret);
        QVERIFY2(
            r.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(r.err.right(400))));
        everything += r.out + r.err;
    }
    QFile down(m_dir.filePath(u"down/big.bin"_s));
    QVERIFY(down.open(QIODevice::ReadOnly));
    QVERIFY(down.readAll() == big); // the work really happened
    // The logs really were verbose: the transport's debug lines are there.
    QVERIFY2(everything.count("attempt") >= int(work.size()), "debug logging did not come on");
    QCOMPARE(leaks(everything), 0);
    QVERIFY(!everything.contains(m_secret.left(12) + m_secret.mid(12))); // the same, plainly
    // Nothing on disk either: settings, data (journals), cache, TMPDIR, runtime.
    QCOMPARE(Canaries::countInTree(m_dir.filePath(u"home"_s), m_canaries), 0);
    QCOMPARE(Canaries::countInTree(m_dir.filePath(u"tmp"_s), m_canaries), 0);
    QCOMPARE(Canaries::countInTree(m_dir.filePath(u"runtime"_s), m_canaries), 0);
}

void TestSecurityCli::errorsLeakNoSecret_data()
{
    QTest::addColumn<QString>("endpointUrl"); // empty: the sandbox
    QTest::addColumn<bool>("wrongSecret");
    QTest::addColumn<QByteArray>("said"); // what the error must say
    QTest::newRow("wrong secret") << QString() << true << QByteArray("SignatureDoesNotMatch");
    QTest::newRow("refused connection") << u"http://127.0.0.1:1"_s << false << QByteArray();
    QTest::newRow("untrusted TLS certificate")
        << u"https://127.0.0.1:%1"_s.arg(m_tls.port()) << false << QByteArray("ertificate");
}

void TestSecurityCli::errorsLeakNoSecret()
{
    QFETCH(QString, endpointUrl);
    QFETCH(bool, wrongSecret);
    QFETCH(QByteArray, said);
    for (const QStringList &args : {QStringList {u"s3"_s, u"ls"_s}, QStringList {u"ec2"_s, u"regions"_s}}) {
        const Run r = cli(args, wrongSecret ? m_wrongSecret : m_secret, endpointUrl);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(!r.err.trimmed().isEmpty(), "a failure says why");
        QVERIFY2(r.err.contains(said) || r.out.contains(said), r.err.right(300).constData());
        QCOMPARE(leaks(r.out + r.err), 0);
    }
    QCOMPARE(m_tls.requests().size(), 0); // nothing was ever sent over the untrusted connection
}

void TestSecurityCli::runningCliShowsNoSecret()
{
    // A server that never answers keeps skylight-cli running while its command line is read.
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const ScriptedHttpServer::Request &) {
        ScriptedHttpServer::Reply r;
        r.action = ScriptedHttpServer::Reply::Action::Stall;
        return r;
    });
    QProcess p;
    p.setProcessEnvironment(environment(m_secret));
    p.start(qEnvironmentVariable("SKYLIGHT_CLI"),
        {u"s3"_s,
            u"ls"_s,
            u"s3://b/"_s,
            u"--endpoint-url"_s,
            u"http://127.0.0.1:%1"_s.arg(server.port()),
            u"--provider"_s,
            u"s3-compatible"_s});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!server.requests().isEmpty(), 30000);
    const QByteArray cmdline = cmdlineOf(p.processId());
    QVERIFY(cmdline.contains("s3://b/")); // it is the running CLI's
    QCOMPARE(leaks(cmdline), 0);
    // Nor did the secret itself go on the wire (SigV4 sends a signature).
    const ScriptedHttpServer::Request &sent = server.requests().first();
    QByteArray wire = sent.method + ' ' + sent.target + '\n' + sent.body;
    for (const auto &[name, value] : sent.headers)
        wire += name + ": " + value + '\n';
    QVERIFY(wire.contains("AKIDSECURITYTEST"));
    QCOMPARE(leaks(wire), 0);
    p.kill();
    p.waitForFinished();
}

void TestSecurityCli::profileFileIsPrivate()
{
    const QString add = u"profiles"_s;
    // With the secret in the environment and no keychain: the secret is refused a place on disk.
    const Run withKey = cli({add,
                                u"add"_s,
                                u"keyed"_s,
                                u"--provider"_s,
                                u"sandbox"_s,
                                u"--endpoint-url"_s,
                                endpoint(),
                                u"--key-from-env"_s},
        m_secret);
    QCOMPARE(leaks(withKey.out + withKey.err), 0);
    const Run plain
        = cli({add, u"add"_s, u"plain"_s, u"--provider"_s, u"sandbox"_s, u"--endpoint-url"_s, endpoint()},
            m_secret);
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    const QString file = m_dir.filePath(u"home/.config/Skylight/profiles.json"_s);
    QVERIFY(QFile::exists(file));
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), mode_t(0700));
    QCOMPARE(Canaries::countInTree(m_dir.filePath(u"home"_s), m_canaries), 0);
    QCOMPARE(Canaries::countInTree(m_dir.filePath(u"tmp"_s), m_canaries), 0);
}

void TestSecurityCli::signTakesTheSecretFromTheEnvironment()
{
    // The AWS SigV4 suite's get-vanilla, signed with the suite's example secret from the environment.
    const QString dir = TestData::path(u"sigv4/suite/get-vanilla"_s);
    QFile authz(dir + u"/get-vanilla.authz"_s);
    QVERIFY(authz.open(QIODevice::ReadOnly));
    const QByteArray expected = authz.readAll().trimmed();
    const QStringList args = {u"sign"_s,
        u"--request"_s,
        dir + u"/get-vanilla.req"_s,
        u"--access-key"_s,
        u"AKIDEXAMPLE"_s,
        u"--region"_s,
        u"us-east-1"_s,
        u"--service"_s,
        u"service"_s,
        u"--time"_s,
        u"20150830T123600Z"_s,
        u"--print"_s,
        u"signature"_s};
    const Run fromEnv = cli(args, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    QCOMPARE(fromEnv.exitCode, 0);
    QCOMPARE("Signature=" + fromEnv.out, expected.mid(expected.indexOf("Signature=")));
    QVERIFY(!fromEnv.err.contains("warning"));
    const Run none = cli(args, {});
    QVERIFY(none.exitCode != 0);
    QVERIFY(none.err.contains("AWS_SECRET_ACCESS_KEY"));
    const Run onArgv
        = cli(QStringList(args) << u"--secret-key"_s << u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, {});
    QCOMPARE(onArgv.out, fromEnv.out);
    QVERIFY(onArgv.err.contains("process list"));
}

void TestSecurityCli::recursiveDownloadStaysInTheFolder()
{
    QVERIFY(writeFile(m_dir.filePath(u"small.txt"_s), "small"));
    QCOMPARE(cli({u"s3"_s, u"mb"_s, u"s3://linked"_s}, m_secret).exitCode, 0);
    for (const QString &key : {u"plain.txt"_s, u"out/escape.txt"_s, u"parted.txt"_s})
        QCOMPARE(cli({u"s3"_s, u"cp"_s, m_dir.filePath(u"small.txt"_s), u"s3://linked/"_s + key}, m_secret)
                     .exitCode,
            0);
    const QString folder = m_dir.filePath(u"chosen"_s);
    const QString outside = m_dir.filePath(u"outside"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(writeFile(outside + u"/victim.txt"_s, "untouched"));
    QVERIFY(QFile::link(outside, folder + u"/out"_s));
    QVERIFY(QFile::link(outside + u"/victim.txt"_s, folder + u"/parted.txt.part"_s));
    const Run r = cli({u"s3"_s, u"cp"_s, u"--recursive"_s, u"s3://linked/"_s, folder}, m_secret);
    QVERIFY(r.exitCode != 0); // two of three failed, and it says so
    QVERIFY2(r.err.contains("symbolic link"), r.err.right(400).constData());
    QFile plain(folder + u"/plain.txt"_s);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QCOMPARE(plain.readAll(), QByteArray("small"));
    QVERIFY(!QFile::exists(outside + u"/escape.txt"_s));
    QFile victim(outside + u"/victim.txt"_s);
    QVERIFY(victim.open(QIODevice::ReadOnly));
    QCOMPARE(victim.readAll(), QByteArray("untouched"));
}

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_securitycli.moc"
