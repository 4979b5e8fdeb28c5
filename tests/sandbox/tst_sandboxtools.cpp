// SPDX-License-Identifier: GPL-3.0-or-later
// Two more independent clients against the sandbox, from Debian: s3cmd (SigV4 and HMAC-v1, its own
// XML parsing) and rclone (Go's AWS SDK). Each makes a bucket, uploads a small object and a
// multipart one, lists, downloads and compares, copies server-side, deletes; what a tool uploaded is
// read back with Skylight's client and the other way round. Missing tools are a failure, not a skip.
#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "sandboxconfig.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

using namespace Qt::StringLiterals;

namespace {

const QString kS3cmd = u"/usr/bin/s3cmd"_s;
const QString kRclone = u"/usr/bin/rclone"_s;
constexpr qsizetype kPart = 5 * 1024 * 1024;

QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, '\0');
    quint32 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

// The ETag S3 gives a multipart object, computed here from the bytes: MD5 of the parts' MD5s, "-N".
QByteArray multipartEtag(const QByteArray &content, qsizetype partSize)
{
    QByteArray digests;
    int parts = 0;
    for (qsizetype at = 0; at < content.size(); at += partSize, ++parts)
        digests += QCryptographicHash::hash(content.mid(at, partSize), QCryptographicHash::Md5);
    return '"' + QCryptographicHash::hash(digests, QCryptographicHash::Md5).toHex() + '-'
        + QByteArray::number(parts) + '"';
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

class TestSandboxTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void s3cmdRoundTrip_data();
    void s3cmdRoundTrip();
    void rcloneRoundTrip();
    void unconfiguredSettingsAnswerLikeS3_data();
    void unconfiguredSettingsAnswerLikeS3();

private:
    SandboxFixture::ToolRun s3cmd(const QString &config, const QStringList &arguments);
    SandboxFixture::ToolRun rclone(const QStringList &arguments);
    QProcessEnvironment environment() const;
    HttpResponse get(const QString &bucket, const QString &key);
    int put(const QString &bucket, const QString &key, const QByteArray &body);

    SandboxFixture m_sandbox;
    QTemporaryDir m_files;
    QByteArray m_small;
    QByteArray m_big;
};

void TestSandboxTools::initTestCase()
{
    QVERIFY2(QFile::exists(kS3cmd), "s3cmd is missing: apt-get install s3cmd (scripts/setup.sh)");
    QVERIFY2(QFile::exists(kRclone), "rclone is missing: apt-get install rclone (scripts/setup.sh)");
    QVERIFY(m_files.isValid());
    QVERIFY(m_sandbox.start());
    m_small = pattern(1000, 7);
    m_big = pattern(12 * 1024 * 1024, 11); // three 5 MiB parts, the last one short
    QVERIFY(writeFile(m_files.filePath(u"small.bin"_s), m_small));
    QVERIFY(writeFile(m_files.filePath(u"big.bin"_s), m_big));
}

QProcessEnvironment TestSandboxTools::environment() const
{
    // Nothing from the user's own setup: a HOME of our own, no AWS variables (rclone 1.60 refuses to
    // start with AWS_CA_BUNDLE set, even for plain http).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"AWS_"_s) || name.startsWith(u"RCLONE_"_s))
            env.remove(name);
    }
    env.insert(u"HOME"_s, m_files.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_files.filePath(u"xdg-config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_files.filePath(u"xdg-cache"_s));
    return env;
}

SandboxFixture::ToolRun TestSandboxTools::s3cmd(const QString &config, const QStringList &arguments)
{
    const SandboxFixture::ToolRun run
        = SandboxFixture::runTool(kS3cmd, QStringList {u"-c"_s, config} + arguments, environment());
    if (run.exitCode != 0)
        qWarning("s3cmd %s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return run;
}

SandboxFixture::ToolRun TestSandboxTools::rclone(const QStringList &arguments)
{
    const QString config = m_files.filePath(u"rclone.conf"_s);
    const SandboxFixture::ToolRun run = SandboxFixture::runTool(
        kRclone, QStringList {u"--config"_s, config, u"--retries"_s, u"1"_s} + arguments, environment());
    if (run.exitCode != 0)
        qWarning("rclone %s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return run;
}

HttpResponse TestSandboxTools::get(const QString &bucket, const QString &key)
{
    return m_sandbox.send(m_sandbox.request("GET", bucket, key));
}

int TestSandboxTools::put(const QString &bucket, const QString &key, const QByteArray &body)
{
    HttpRequest request = m_sandbox.request("PUT", bucket, key);
    request.body = body;
    return m_sandbox.send(std::move(request)).status;
}

void TestSandboxTools::s3cmdRoundTrip_data()
{
    QTest::addColumn<bool>("signatureV2");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("SigV4") << false << u"s3cmd-v4"_s;
    QTest::newRow("HMAC-v1") << true << u"s3cmd-v2"_s;
}

void TestSandboxTools::s3cmdRoundTrip()
{
    QFETCH(bool, signatureV2);
    QFETCH(QString, bucket);
    const QString host = u"127.0.0.1:%1"_s.arg(m_sandbox.port());
    const QString config = m_files.filePath(bucket + u".s3cfg"_s);
    QVERIFY(writeFile(config,
        u"[default]\naccess_key = %1\nsecret_key = %2\nhost_base = %3\nhost_bucket = %3\n"
        "use_https = False\nsignature_v2 = %4\nbucket_location = us-east-1\n"_s
            .arg(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
                QString::fromLatin1(SandboxConfig::kDefaultSecretKey),
                host,
                signatureV2 ? u"True"_s : u"False"_s)
            .toUtf8()));
    const QString url = u"s3://"_s + bucket;

    QCOMPARE(s3cmd(config, {u"mb"_s, url}).exitCode, 0);
    QCOMPARE(get(bucket, {}).status, 200); // the bucket exists for Skylight's client too
    const QString smallKey = u"dir/with space+plus.bin"_s;
    QCOMPARE(s3cmd(config, {u"put"_s, m_files.filePath(u"small.bin"_s), url + u'/' + smallKey}).exitCode, 0);
    QCOMPARE(
        s3cmd(config,
            {u"put"_s, u"--multipart-chunk-size-mb=5"_s, m_files.filePath(u"big.bin"_s), url + u"/big.bin"_s})
            .exitCode,
        0);

    // Read back with Skylight's client: the bytes, and a multipart object of three 5 MiB parts.
    HttpResponse r = get(bucket, smallKey);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == m_small);
    r = get(bucket, u"big.bin"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == m_big);
    QCOMPARE(r.header("ETag"), multipartEtag(m_big, kPart));

    // And the other way round: what Skylight uploaded, s3cmd downloads.
    const QByteArray fromSkylight = pattern(4096 + 3, 5);
    QCOMPARE(put(bucket, u"from-skylight/é n+.txt"_s, fromSkylight), 200);

    SandboxFixture::ToolRun run = s3cmd(config, {u"ls"_s, url});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("DIR  " + url.toUtf8() + "/dir/"), run.out.constData());
    QVERIFY2(run.out.contains("12582912  " + url.toUtf8() + "/big.bin"), run.out.constData());
    run = s3cmd(config, {u"ls"_s, u"-r"_s, url});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("1000  " + url.toUtf8() + "/dir/with space+plus.bin"), run.out.constData());
    QVERIFY2(run.out.contains("4099  " + url.toUtf8() + "/from-skylight/é n+.txt"), run.out.constData());

    const QString bigDown = m_files.filePath(bucket + u"-big.down"_s);
    QCOMPARE(s3cmd(config, {u"get"_s, u"--force"_s, url + u"/big.bin"_s, bigDown}).exitCode, 0);
    QVERIFY(readFile(bigDown) == m_big);
    const QString theirs = m_files.filePath(bucket + u"-skylight.down"_s);
    QCOMPARE(s3cmd(config, {u"get"_s, u"--force"_s, url + u"/from-skylight/é n+.txt"_s, theirs}).exitCode, 0);
    QVERIFY(readFile(theirs) == fromSkylight);

    QCOMPARE(s3cmd(config, {u"cp"_s, url + u"/big.bin"_s, url + u"/copy.bin"_s}).exitCode, 0);
    r = get(bucket, u"copy.bin"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == m_big);

    // s3cmd info asks for request payment, lifecycle, policy, CORS and ACL: none may fail.
    run = s3cmd(config, {u"info"_s, url});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Payer:     BucketOwner"), run.out.constData());
    QVERIFY2(run.out.contains("Location:  us-east-1"), run.out.constData());

    QCOMPARE(s3cmd(config, {u"del"_s, url + u"/copy.bin"_s}).exitCode, 0);
    QCOMPARE(get(bucket, u"copy.bin"_s).status, 404);
    QCOMPARE(s3cmd(config, {u"del"_s, u"--recursive"_s, u"--force"_s, url}).exitCode, 0);
    QCOMPARE(s3cmd(config, {u"rb"_s, url}).exitCode, 0);
    QCOMPARE(get(bucket, {}).status, 404);
}

void TestSandboxTools::rcloneRoundTrip()
{
    QVERIFY(writeFile(m_files.filePath(u"rclone.conf"_s),
        u"[sbx]\ntype = s3\nprovider = Other\naccess_key_id = %1\nsecret_access_key = %2\n"
        "endpoint = http://127.0.0.1:%3\nregion = us-east-1\nforce_path_style = true\n"_s
            .arg(QString::fromLatin1(SandboxConfig::kDefaultAccessKey),
                QString::fromLatin1(SandboxConfig::kDefaultSecretKey))
            .arg(m_sandbox.port())
            .toUtf8()));
    const QString bucket = u"rclone-bucket"_s;
    const QString remote = u"sbx:"_s + bucket;

    QCOMPARE(rclone({u"mkdir"_s, remote}).exitCode, 0);
    QCOMPARE(get(bucket, {}).status, 200);
    // A bucket that never had versioning answers an empty configuration (rclone asks before purge).
    SandboxFixture::ToolRun run = rclone({u"backend"_s, u"versioning"_s, remote});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("Unversioned"));

    const QString smallKey = u"d i r/small+1.bin"_s;
    QCOMPARE(rclone({u"copyto"_s, m_files.filePath(u"small.bin"_s), remote + u'/' + smallKey}).exitCode, 0);
    QCOMPARE(rclone({u"copyto"_s,
                        u"--s3-upload-cutoff"_s,
                        u"5M"_s,
                        u"--s3-chunk-size"_s,
                        u"5M"_s,
                        m_files.filePath(u"big.bin"_s),
                        remote + u"/big.bin"_s})
                 .exitCode,
        0);
    HttpResponse r = get(bucket, smallKey);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == m_small);
    r = get(bucket, u"big.bin"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == m_big);
    QCOMPARE(r.header("ETag"), multipartEtag(m_big, kPart));

    const QByteArray fromSkylight = pattern(70000, 3);
    QCOMPARE(put(bucket, u"from-skylight/é n+.txt"_s, fromSkylight), 200);

    run = rclone({u"lsd"_s, u"sbx:"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(" rclone-bucket\n"), run.out.constData());
    run = rclone({u"ls"_s, remote});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(" 12582912 big.bin\n"), run.out.constData());
    QVERIFY2(run.out.contains("     1000 d i r/small+1.bin\n"), run.out.constData());
    QVERIFY2(run.out.contains("    70000 from-skylight/é n+.txt\n"), run.out.constData());
    // ListObjectsV2 as well (rclone's default for provider Other is V1).
    run = rclone({u"lsf"_s, u"-R"_s, u"--s3-list-version"_s, u"2"_s, u"--files-only"_s, remote});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("big.bin\nd i r/small+1.bin\nfrom-skylight/é n+.txt\n"));

    const QString bigDown = m_files.filePath(u"rclone-big.down"_s);
    QCOMPARE(rclone({u"copyto"_s, remote + u"/big.bin"_s, bigDown}).exitCode, 0);
    QVERIFY(readFile(bigDown) == m_big);
    run = rclone({u"cat"_s, remote + u"/from-skylight/é n+.txt"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out == fromSkylight);
    run = rclone({u"cat"_s, u"--offset"_s, u"100"_s, u"--count"_s, u"50"_s, remote + u"/big.bin"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out == m_big.mid(100, 50)); // a ranged GET

    QCOMPARE(rclone({u"copyto"_s, remote + u"/big.bin"_s, remote + u"/copy.bin"_s}).exitCode, 0);
    r = get(bucket, u"copy.bin"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == m_big);
    QCOMPARE(rclone({u"deletefile"_s, remote + u"/copy.bin"_s}).exitCode, 0);
    QCOMPARE(get(bucket, u"copy.bin"_s).status, 404);

    run = rclone({u"purge"_s, remote});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains("ERROR"), run.err.constData());
    QCOMPARE(get(bucket, {}).status, 404);
}

void TestSandboxTools::unconfiguredSettingsAnswerLikeS3_data()
{
    // What S3 answers for a bucket that never had the setting (the tools above ask for these).
    QTest::addColumn<QByteArray>("subresource");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected"); // in the body
    QTest::newRow("versioning") << QByteArray("versioning") << 200
                                << QByteArray("<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/"
                                              "2006-03-01/\"></VersioningConfiguration>");
    QTest::newRow("requestPayment") << QByteArray("requestPayment") << 200
                                    << QByteArray("<Payer>BucketOwner</Payer>");
    QTest::newRow("cors") << QByteArray("cors") << 404 << QByteArray("<Code>NoSuchCORSConfiguration</Code>");
    QTest::newRow("lifecycle") << QByteArray("lifecycle") << 404
                               << QByteArray("<Code>NoSuchLifecycleConfiguration</Code>");
    QTest::newRow("tagging") << QByteArray("tagging") << 404 << QByteArray("<Code>NoSuchTagSet</Code>");
}

void TestSandboxTools::unconfiguredSettingsAnswerLikeS3()
{
    QFETCH(QByteArray, subresource);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    QCOMPARE(put(u"settings"_s, {}, {}), 200);
    const HttpResponse r = m_sandbox.sendSubresource("GET", u"settings"_s, subresource);
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.contains(expected), r.body.constData());
    // Setting them is still not supported.
    HttpResponse set = m_sandbox.putSubresource(u"settings"_s, subresource, "<x/>");
    QCOMPARE(set.status, 501);
}

QTEST_GUILESS_MAIN(TestSandboxTools)
#include "tst_sandboxtools.moc"
