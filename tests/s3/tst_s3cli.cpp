// SPDX-License-Identifier: GPL-3.0-or-later
// skylight-cli s3 against the in-process sandbox, with the AWS CLI (/usr/bin/aws) as the peer that
// reads back what skylight-cli wrote, and writes what skylight-cli reads. Missing aws is a failure.
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "s3testsupport.h"
#include "sandboxconfig.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

class TestS3Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void makeListAndRemoveBuckets();
    void uploadsReadBackByAws_data();
    void uploadsReadBackByAws();
    void downloadsWhatAwsUploaded_data();
    void downloadsWhatAwsUploaded();
    void recursiveCopyBothWays();
    void copiesBetweenBuckets();
    void removesObjects();
    void presignedUrlWorksAndIsCapped();
    void usesAStoredProfile();
    void readOnlyProfileRefusesWrites();

private:
    Run run(const QString &program, const QStringList &arguments, bool withKeys = true);
    Run cli(const QStringList &arguments);
    Run aws(const QStringList &arguments);
    QString endpoint() const { return u"http://127.0.0.1:%1"_s.arg(m_sandbox.port()); }
    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
};

void TestS3Cli::initTestCase()
{
    QVERIFY2(QFile::exists(u"/usr/bin/aws"_s), "the AWS CLI is missing: apt-get install awscli");
    QVERIFY2(QFile::exists(qEnvironmentVariable("SKYLIGHT_CLI")), "SKYLIGHT_CLI names no program");
    QVERIFY(m_sandbox.start());
    QCOMPARE(cli({u"mb"_s, u"s3://peer"_s}).exitCode, 0);
}

Run TestS3Cli::run(const QString &program, const QStringList &arguments, bool withKeys)
{
    // The sandbox runs in this thread: wait with the event loop turning, never block.
    QProcess process;
    QProcessEnvironment env = peerToolEnvironment(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
        QString::fromLatin1(SandboxConfig::kDefaultSecretKey),
        m_dir.path());
    if (!withKeys) {
        env.remove(u"AWS_ACCESS_KEY_ID"_s);
        env.remove(u"AWS_SECRET_ACCESS_KEY"_s);
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.exitCode != 0)
        qWarning("%s %s: %s", qPrintable(program), qPrintable(arguments.join(u' ')), result.err.constData());
    return result;
}

Run TestS3Cli::cli(const QStringList &arguments)
{
    return run(qEnvironmentVariable("SKYLIGHT_CLI"),
        QStringList {u"s3"_s} + arguments
            + QStringList {u"--endpoint-url"_s,
                endpoint(),
                u"--provider"_s,
                u"sandbox"_s,
                u"--region"_s,
                u"us-east-1"_s});
}

Run TestS3Cli::aws(const QStringList &arguments)
{
    return run(
        u"/usr/bin/aws"_s, QStringList {u"--endpoint-url"_s, endpoint(), u"--no-cli-pager"_s} + arguments);
}

void TestS3Cli::makeListAndRemoveBuckets()
{
    QCOMPARE(cli({u"mb"_s, u"s3://short"_s}).exitCode, 0);
    QVERIFY(aws({u"s3"_s, u"ls"_s}).out.contains(" short\n"));
    const Run listed = cli({u"ls"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array())
        names.append(v.toObject().value(u"name"_s).toString());
    QCOMPARE(names, (QStringList {u"peer"_s, u"short"_s}));
    QCOMPARE(cli({u"rb"_s, u"s3://short"_s}).exitCode, 0);
    QVERIFY(!aws({u"s3"_s, u"ls"_s}).out.contains(" short\n"));
    QVERIFY(cli({u"rb"_s, u"s3://short"_s}).exitCode != 0); // gone: an error, said as one
    QCOMPARE(cli({u"mb"_s, u"not-a-url"_s}).exitCode, 2);
}

void TestS3Cli::uploadsReadBackByAws_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("small") << qint64(1000);
    QTest::newRow("multipart 20 MiB") << 20 * kMiB + 17;
}

void TestS3Cli::uploadsReadBackByAws()
{
    QFETCH(qint64, size);
    const QByteArray data = patternBytes(size, 21);
    const QString source = m_dir.filePath(u"up.bin"_s);
    QVERIFY(writeFile(source, data));
    const QString key = u"up/%1 file+name.bin"_s.arg(size);
    QCOMPARE(cli({u"cp"_s, source, u"s3://peer/"_s + key}).exitCode, 0);
    const QString back = m_dir.filePath(u"aws-back.bin"_s);
    QCOMPARE(aws({u"s3"_s, u"cp"_s, u"s3://peer/"_s + key, back}).exitCode, 0);
    QVERIFY(readFile(back) == data);
    QVERIFY(unfinishedUploads(m_sandbox, u"peer"_s).isEmpty());
}

void TestS3Cli::downloadsWhatAwsUploaded_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("small") << qint64(4096);
    QTest::newRow("aws multipart 18 MiB") << 18 * kMiB + 5; // aws goes multipart above 8 MiB
}

void TestS3Cli::downloadsWhatAwsUploaded()
{
    QFETCH(qint64, size);
    const QByteArray data = patternBytes(size, 33);
    const QString source = m_dir.filePath(u"aws-up.bin"_s);
    QVERIFY(writeFile(source, data));
    QCOMPARE(aws({u"s3"_s, u"cp"_s, source, u"s3://peer/from-aws/object.bin"_s}).exitCode, 0);
    const QString folder = m_dir.filePath(u"down-%1"_s.arg(size));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(cli({u"cp"_s, u"s3://peer/from-aws/object.bin"_s, folder + u'/'}).exitCode, 0);
    QVERIFY(readFile(folder + u"/object.bin"_s) == data);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList {u"object.bin"_s});
}

void TestS3Cli::recursiveCopyBothWays()
{
    const QString tree = m_dir.filePath(u"tree"_s);
    QVERIFY(QDir().mkpath(tree + u"/sub/deeper"_s));
    QVERIFY(writeFile(tree + u"/a.txt"_s, "a"));
    QVERIFY(writeFile(tree + u"/sub/b.txt"_s, "bb"));
    QVERIFY(writeFile(tree + u"/sub/deeper/c.txt"_s, "ccc"));
    QCOMPARE(cli({u"cp"_s, u"--recursive"_s, tree, u"s3://peer/tree"_s}).exitCode, 0);
    const Run listed
        = aws({u"s3api"_s, u"list-objects-v2"_s, u"--bucket"_s, u"peer"_s, u"--prefix"_s, u"tree/"_s});
    QStringList keys;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).object().value(u"Contents"_s).toArray())
        keys.append(v.toObject().value(u"Key"_s).toString());
    QCOMPARE(keys, (QStringList {u"tree/a.txt"_s, u"tree/sub/b.txt"_s, u"tree/sub/deeper/c.txt"_s}));

    // A hostile key written by aws comes down inside the folder.
    QCOMPARE(aws({u"s3api"_s, u"put-object"_s, u"--bucket"_s, u"peer"_s, u"--key"_s, u"tree/../escape"_s})
                 .exitCode,
        0);
    const QString down = m_dir.filePath(u"tree-down"_s);
    QCOMPARE(cli({u"cp"_s, u"--recursive"_s, u"s3://peer/tree/"_s, down}).exitCode, 0);
    QCOMPARE(readFile(down + u"/sub/deeper/c.txt"_s), QByteArray("ccc"));
    QVERIFY(QFile::exists(down + u"/%2E%2E/escape"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"escape"_s)));

    const Run recursive = cli({u"ls"_s, u"--recursive"_s, u"s3://peer/tree/"_s});
    QCOMPARE(recursive.out.count("tree/"), 4);
}

void TestS3Cli::copiesBetweenBuckets()
{
    QVERIFY(writeFile(m_dir.filePath(u"copied.txt"_s), "server-side"));
    QCOMPARE(cli({u"cp"_s, m_dir.filePath(u"copied.txt"_s), u"s3://peer/copy/src.txt"_s}).exitCode, 0);
    QCOMPARE(cli({u"mb"_s, u"s3://other"_s}).exitCode, 0);
    QCOMPARE(cli({u"cp"_s, u"s3://peer/copy/src.txt"_s, u"s3://other/dir/"_s}).exitCode, 0);
    const QString back = m_dir.filePath(u"copied-back.txt"_s);
    QCOMPARE(aws({u"s3"_s, u"cp"_s, u"s3://other/dir/src.txt"_s, back}).exitCode, 0);
    QCOMPARE(readFile(back), QByteArray("server-side"));
    QVERIFY(cli({u"cp"_s, u"s3://peer/copy/missing"_s, u"s3://other/x"_s}).exitCode != 0);
}

void TestS3Cli::removesObjects()
{
    QVERIFY(writeFile(m_dir.filePath(u"gone.txt"_s), "x"));
    QCOMPARE(cli({u"cp"_s, m_dir.filePath(u"gone.txt"_s), u"s3://peer/rm/one"_s}).exitCode, 0);
    QCOMPARE(cli({u"cp"_s, m_dir.filePath(u"gone.txt"_s), u"s3://peer/rm/two"_s}).exitCode, 0);
    QCOMPARE(cli({u"rm"_s, u"s3://peer/rm/one"_s}).exitCode, 0);
    QVERIFY(
        aws({u"s3api"_s, u"head-object"_s, u"--bucket"_s, u"peer"_s, u"--key"_s, u"rm/one"_s}).exitCode != 0);
    QCOMPARE(cli({u"rm"_s, u"--recursive"_s, u"s3://peer/rm/"_s}).exitCode, 0);
    QVERIFY(cli({u"ls"_s, u"s3://peer/rm/"_s}).out.isEmpty());
}

void TestS3Cli::presignedUrlWorksAndIsCapped()
{
    QVERIFY(writeFile(m_dir.filePath(u"shared.txt"_s), "shared bytes"));
    QCOMPARE(cli({u"cp"_s, m_dir.filePath(u"shared.txt"_s), u"s3://peer/shared.txt"_s}).exitCode, 0);
    const Run signedRun = cli({u"presign"_s, u"s3://peer/shared.txt"_s, u"--expires"_s, u"600"_s});
    QCOMPARE(signedRun.exitCode, 0);
    const QUrl url = QUrl::fromEncoded(signedRun.out.trimmed());
    QVERIFY(url.query().contains(u"X-Amz-Expires=600"_s));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("shared bytes"));
    reply->deleteLater();

    QCOMPARE(cli({u"presign"_s, u"s3://peer/shared.txt"_s, u"--expires"_s, u"604800"_s}).exitCode, 0);
    const Run tooLong = cli({u"presign"_s, u"s3://peer/shared.txt"_s, u"--expires"_s, u"604801"_s});
    QVERIFY(tooLong.exitCode != 0);
    QVERIFY(tooLong.out.isEmpty());
}

void TestS3Cli::usesAStoredProfile()
{
    // A profile whose keys live in the keychain (scripts/test.sh runs the tests with an unlocked
    // gnome-keyring): --profile must find it and its keys.
    const QString cliPath = qEnvironmentVariable("SKYLIGHT_CLI");
    const Run added = run(cliPath,
        {u"profiles"_s,
            u"add"_s,
            u"s3cli-profile"_s,
            u"--provider"_s,
            u"sandbox"_s,
            u"--endpoint-url"_s,
            endpoint(),
            u"--key-from-env"_s});
    QCOMPARE(added.exitCode, 0);
    const Run listed = run(cliPath, {u"s3"_s, u"ls"_s, u"--profile"_s, u"s3cli-profile"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains("peer"));
    QCOMPARE(run(cliPath, {u"s3"_s, u"ls"_s, u"--profile"_s, u"no-such-profile"_s}).exitCode, 2);
    QCOMPARE(run(cliPath, {u"profiles"_s, u"remove"_s, u"s3cli-profile"_s}).exitCode, 0);
}

void TestS3Cli::readOnlyProfileRefusesWrites()
{
    // A stored profile set read-only (its keys in the keychain, as in usesAStoredProfile): reading
    // works, every write fails with the reason before a request is made.
    const QString cliPath = qEnvironmentVariable("SKYLIGHT_CLI");
    QVERIFY(writeFile(m_dir.filePath(u"ro.txt"_s), "read-only"));
    QCOMPARE(cli({u"cp"_s, m_dir.filePath(u"ro.txt"_s), u"s3://peer/ro/kept.txt"_s}).exitCode, 0);
    const Run added = run(cliPath,
        {u"profiles"_s,
            u"add"_s,
            u"ro-profile"_s,
            u"--provider"_s,
            u"sandbox"_s,
            u"--endpoint-url"_s,
            endpoint(),
            u"--key-from-env"_s,
            u"--read-only"_s});
    QCOMPARE(added.exitCode, 0);
    const QByteArray why = "Cloud “ro-profile” is set to read-only";
    const QStringList profile {u"--profile"_s, u"ro-profile"_s};
    const Run listed = run(cliPath, QStringList {u"s3"_s, u"ls"_s, u"s3://peer/ro/"_s} + profile);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains("kept.txt"));
    const Run up = run(cliPath,
        QStringList {u"s3"_s, u"cp"_s, m_dir.filePath(u"ro.txt"_s), u"s3://peer/ro/new.txt"_s} + profile);
    QCOMPARE(up.exitCode, 1);
    QVERIFY2(up.err.contains(why), up.err.constData());
    const Run rm = run(cliPath, QStringList {u"s3"_s, u"rm"_s, u"s3://peer/ro/kept.txt"_s} + profile);
    QCOMPARE(rm.exitCode, 1);
    QVERIFY2(rm.err.contains(why), rm.err.constData());
    for (const QString &action : {u"mb"_s, u"rb"_s}) {
        const Run r = run(cliPath, QStringList {u"s3"_s, action, u"s3://ro-bucket"_s} + profile);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(why), r.err.constData());
    }
    const Run website = run(cliPath,
        QStringList {u"s3"_s, u"website"_s, u"put"_s, u"s3://peer"_s, u"--index"_s, u"i.html"_s} + profile);
    QVERIFY(website.exitCode != 0);
    QVERIFY2(website.err.contains(why), website.err.constData());
    // A download from it is reading: allowed.
    const QString back = m_dir.filePath(u"ro-back.txt"_s);
    QCOMPARE(
        run(cliPath, QStringList {u"s3"_s, u"cp"_s, u"s3://peer/ro/kept.txt"_s, back} + profile).exitCode, 0);
    QCOMPARE(readFile(back), QByteArray("read-only"));
    // The AWS CLI, as the peer, sees that nothing was written or removed.
    const Run seen = aws({u"s3"_s, u"ls"_s, u"s3://peer/ro/"_s});
    QVERIFY(seen.out.contains("kept.txt"));
    QVERIFY(!seen.out.contains("new.txt"));
    QVERIFY(!aws({u"s3"_s, u"ls"_s}).out.contains("ro-bucket"));
    QCOMPARE(run(cliPath, {u"profiles"_s, u"remove"_s, u"ro-profile"_s}).exitCode, 0);

    // An ad-hoc cloud without keys is anonymous: it may only read, and says so.
    const Run anonymous = run(cliPath,
        {u"s3"_s,
            u"cp"_s,
            m_dir.filePath(u"ro.txt"_s),
            u"s3://peer/ro/anonymous.txt"_s,
            u"--endpoint-url"_s,
            endpoint(),
            u"--provider"_s,
            u"sandbox"_s},
        false);
    QCOMPARE(anonymous.exitCode, 1);
    QVERIFY2(anonymous.err.contains("has no access keys, and anonymous access can only read"),
        anonymous.err.constData());
    QVERIFY(!aws({u"s3"_s, u"ls"_s, u"s3://peer/ro/"_s}).out.contains("anonymous.txt"));

    // A stored profile added without keys has no keychain entry: it opens anonymously (it used to
    // fail with "No secret is stored"), reads a public object and refuses to write.
    QCOMPARE(aws({u"s3api"_s,
                     u"put-object-acl"_s,
                     u"--bucket"_s,
                     u"peer"_s,
                     u"--key"_s,
                     u"ro/kept.txt"_s,
                     u"--acl"_s,
                     u"public-read"_s})
                 .exitCode,
        0);
    QCOMPARE(run(cliPath,
                 {u"profiles"_s,
                     u"add"_s,
                     u"keyless-profile"_s,
                     u"--provider"_s,
                     u"sandbox"_s,
                     u"--endpoint-url"_s,
                     endpoint()})
                 .exitCode,
        0);
    const Run shown = run(cliPath, {u"profiles"_s, u"show"_s, u"keyless-profile"_s, u"--json"_s});
    QVERIFY(QJsonDocument::fromJson(shown.out).object().value(u"credentialId"_s).toString().isEmpty());
    const QStringList keyless {u"--profile"_s, u"keyless-profile"_s};
    const QString publicBack = m_dir.filePath(u"public-back.txt"_s);
    const Run got
        = run(cliPath, QStringList {u"s3"_s, u"cp"_s, u"s3://peer/ro/kept.txt"_s, publicBack} + keyless);
    QVERIFY2(got.exitCode == 0, got.err.constData());
    QCOMPARE(readFile(publicBack), QByteArray("read-only"));
    const Run refused = run(cliPath,
        QStringList {u"s3"_s, u"cp"_s, m_dir.filePath(u"ro.txt"_s), u"s3://peer/ro/keyless.txt"_s} + keyless,
        false);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("anonymous access can only read"), refused.err.constData());
    QVERIFY(!aws({u"s3"_s, u"ls"_s, u"s3://peer/ro/"_s}).out.contains("keyless.txt"));
    QCOMPARE(run(cliPath, {u"profiles"_s, u"remove"_s, u"keyless-profile"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestS3Cli)
#include "tst_s3cli.moc"
