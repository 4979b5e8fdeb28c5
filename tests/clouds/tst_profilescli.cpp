// SPDX-License-Identifier: GPL-3.0-or-later
// skylight-cli profiles, run as a child with a scratch HOME and no session bus (so no keychain).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "canaries.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestProfilesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListShowRemove();
    void dryRunStoresNothing();
    void brokenImportNamesTheLine_data();
    void brokenImportNamesTheLine();
    void importWithoutKeychain();
    void addWithFields();
    void badUsage();

private:
    Run cli(const QStringList &args);
    QString profileFile() const { return m_dir->filePath(u"home/.config/Skylight/profiles.json"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QByteArray> m_canaries;
};

void TestProfilesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"home"_s));
    QVERIFY(QDir(m_dir->path()).mkpath(u"tmp"_s));
    if (m_canaries.isEmpty())
        m_canaries = Canaries::fromFixtures();
}

Run TestProfilesCli::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"home/.config"_s));
    env.insert(u"TMPDIR"_s, m_dir->filePath(u"tmp"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"tmp"_s));
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SKYLIGHT_CLI"), QStringList {u"profiles"_s} + args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestProfilesCli::addListShowRemove()
{
    Run r = cli({u"add"_s,
        u"local"_s,
        u"--provider"_s,
        u"sandbox"_s,
        u"--endpoint-url"_s,
        u"http://127.0.0.1:48123"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(
        {u"add"_s, u"lab"_s, u"--provider"_s, u"eucalyptus"_s, u"--endpoint-url"_s, u"http://10.0.0.5"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"list"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        QByteArray("local\tsandbox\thttp://127.0.0.1:48123\n"
                   "lab\teucalyptus\thttp://10.0.0.5:8773/services/objectstorage\n"));
    r = cli({u"show"_s, u"lab"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"ec2Endpoint"_s).toString(), u"http://10.0.0.5:8773/services/compute"_s);
    QCOMPARE(o.value(u"ec2Signing"_s).toObject().value(u"algorithm"_s).toString(), u"v2"_s);
    r = cli({u"show"_s, u"lab"_s});
    QVERIFY(r.out.contains("S3:           http://10.0.0.5:8773/services/objectstorage (s3-v1, path)"));
    r = cli({u"remove"_s, u"local"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(cli({u"list"_s}).out.count('\n'), 1);
    QCOMPARE(cli({u"show"_s, u"local"_s}).exitCode, 1);
}

void TestProfilesCli::dryRunStoresNothing()
{
    const Run r = cli({u"import"_s, u"s3cfg"_s, TestData::path(u"clouds/s3cfg/aws.s3cfg"_s), u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("s3cfg:default\taws\thttps://s3.eu-west-1.amazonaws.com\tkey ****0030\n"));
    QVERIFY(!QFile::exists(profileFile()));
    QCOMPARE(Canaries::countIn(r.out + r.err, m_canaries), 0);
}

void TestProfilesCli::brokenImportNamesTheLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::newRow("eucarc") << u"eucarc"_s << u"eucarc/broken-quote/eucarc"_s << 5;
    QTest::newRow("boto") << u"boto"_s << u"boto/broken-half-euca"_s << 4;
    QTest::newRow("s3cfg") << u"s3cfg"_s << u"s3cfg/broken-no-secret.s3cfg"_s << 4;
    QTest::newRow("aws") << u"aws"_s << u"aws/broken-partial-credentials"_s << 6;
}

void TestProfilesCli::brokenImportNamesTheLine()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(int, line);
    const QString path = TestData::path(u"clouds/"_s + file);
    QStringList args {u"import"_s, kind, path};
    if (kind == u"aws"_s)
        args << u"--config"_s << TestData::path(u"clouds/aws/empty"_s);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains((path + u':' + QString::number(line) + u':').toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty()); // no preview either: nothing half-way
    QVERIFY(!QFile::exists(profileFile()));
    QCOMPARE(Canaries::countIn(r.out + r.err, m_canaries), 0);
}

void TestProfilesCli::importWithoutKeychain()
{
    const Run r = cli({u"import"_s, u"boto"_s, TestData::path(u"clouds/boto/dot-boto"_s)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("keychain is not available"), r.err.constData());
    QVERIFY(r.out.contains("added boto:eucalyptus"));
    QFile file(profileFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"boto:internet-archive\""));
    QCOMPARE(Canaries::countIn(r.out + r.err, m_canaries), 0);
    QCOMPARE(Canaries::countInTree(m_dir->path(), m_canaries), 0);
}

void TestProfilesCli::addWithFields()
{
    Run r = cli({u"add"_s,
        u"old-euca"_s,
        u"--provider"_s,
        u"eucalyptus"_s,
        u"--endpoint-url"_s,
        u"https://10.0.0.5:8773/services/Eucalyptus"_s,
        u"--ec2-signing"_s,
        u"v2-sha1"_s,
        u"--ec2-api-version"_s,
        u"2012-12-01"_s,
        u"--ca-file"_s,
        u"/etc/euca/cloud-cert.pem"_s,
        u"--pin-sha256"_s,
        QString(64, u'b'),
        u"--region"_s,
        u"lab"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"show"_s, u"old-euca"_s, u"--json"_s});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"ec2Endpoint"_s).toString(), u"https://10.0.0.5:8773/services/Eucalyptus"_s);
    QCOMPARE(o.value(u"s3Endpoint"_s).toString(), u"https://10.0.0.5:8773/services/Walrus"_s);
    QCOMPARE(o.value(u"ec2Signing"_s).toObject().value(u"algorithm"_s).toString(), u"v2-sha1"_s);
    QCOMPARE(o.value(u"ec2ApiVersion"_s).toString(), u"2012-12-01"_s);
    QCOMPARE(o.value(u"defaultRegion"_s).toString(), u"lab"_s);
    QCOMPARE(o.value(u"tls"_s).toObject().value(u"caFile"_s).toString(), u"/etc/euca/cloud-cert.pem"_s);
    QVERIFY(!o.contains(u"readOnly"_s)); // writable unless asked
    QVERIFY(!cli({u"show"_s, u"old-euca"_s}).out.contains("read-only"));

    // --read-only: stored, and shown.
    r = cli({u"add"_s,
        u"archive"_s,
        u"--provider"_s,
        u"s3-compatible"_s,
        u"--endpoint-url"_s,
        u"https://s3.example.net"_s,
        u"--read-only"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"show"_s, u"archive"_s, u"--json"_s});
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(u"readOnly"_s).toBool());
    QVERIFY(cli({u"show"_s, u"archive"_s}).out.contains("read-only:    yes"));
    QCOMPARE(cli({u"remove"_s, u"archive"_s}).exitCode, 0);

    // LOW sends the secret itself: refused over plain http.
    r = cli({u"add"_s,
        u"ia"_s,
        u"--provider"_s,
        u"internet-archive"_s,
        u"--endpoint-url"_s,
        u"http://s3.us.archive.org"_s,
        u"--s3-signing"_s,
        u"low"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("https only"), r.err.constData());
    QCOMPARE(
        cli({u"add"_s, u"x"_s, u"--provider"_s, u"aws"_s, u"--addressing"_s, u"sideways"_s}).exitCode, 2);
    QCOMPARE(cli({u"list"_s}).out.count('\n'), 1);
}

void TestProfilesCli::badUsage()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(cli({u"import"_s, u"azure"_s}).exitCode, 2);
    QCOMPARE(cli({u"add"_s, u"x"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestProfilesCli)
#include "tst_profilescli.moc"
