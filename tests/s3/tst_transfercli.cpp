// SPDX-License-Identifier: GPL-3.0-or-later
// skylight-cli s3 cp through the transfer queue against skylight-sandbox running as its own
// process: kill -9 in the middle of a large upload, run again, and it resumes from the journal
// (ListParts: fewer bytes sent the second time) and ends byte-identical with no unfinished upload;
// and the cross-tool proof, against the sandbox and against s3rver (the `s3rver` fixture,
// tests/peers/s3rver.sh): what skylight-cli uploaded is read back byte-identical by /usr/bin/aws,
// boto3 (/usr/bin/python3) and s3cmd (/usr/bin/s3cmd), what they uploaded is read back by skylight-cli.
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "../s3suites/peerenv.h"
#include "s3/listpartsjob.h"
#include "s3/s3client.h"
#include "s3testsupport.h"
#include "sandboxprocess.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A server the cross-tool proof runs against: endpoint, keys, the skylight-cli provider for it, and
// a bucket of this run's own (the s3rver fixture is shared with other tests).
struct Peer
{
    QString endpoint;
    QString accessKey;
    QString secretKey;
    QString provider;
    QString bucket;
    QString s3cmdConfig; // a file holding the keys: never printed
};

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestTransferCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedCopyResumesFromTheJournal();
    void toolsReadWhatSkylightWrote_data();
    void toolsReadWhatSkylightWrote();
    void skylightReadsWhatToolsWrote_data() { toolsReadWhatSkylightWrote_data(); }
    void skylightReadsWhatToolsWrote();
    void copyMoveDeleteAcrossTools_data() { toolsReadWhatSkylightWrote_data(); }
    void copyMoveDeleteAcrossTools();

private:
    QProcessEnvironment environment(const Peer &peer) const;
    QStringList cliArguments(const Peer &peer, const QStringList &arguments) const;
    Run run(const Peer &peer, const QString &program, const QStringList &arguments, int timeoutMs = 180000);
    Run cli(const QStringList &arguments) { return cli(m_sandboxPeer, arguments); }
    Run cli(const Peer &peer, const QStringList &arguments)
    {
        return run(peer, m_cli, cliArguments(peer, arguments));
    }
    Run aws(const QStringList &arguments) { return aws(m_sandboxPeer, arguments); }
    Run aws(const Peer &peer, const QStringList &arguments);
    Run boto3(const Peer &peer, const QString &script, const QStringList &arguments);
    Run s3cmd(const Peer &peer, const QStringList &arguments);
    bool writeS3cmdConfig(Peer &peer, const QString &name);
    // The peer named by the current data row; fails the test when it is not there.
    const Peer *peer();
    QStringList unfinishedUploads(const QString &bucket);

    QTemporaryDir m_dir;
    Peer m_sandboxPeer;
    Peer m_s3rverPeer;
    QString m_s3rverProblem; // why there is no s3rver peer
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_cli;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<S3Client> m_client;
};

void TestTransferCli::initTestCase()
{
    QVERIFY2(QFile::exists(u"/usr/bin/aws"_s), "the AWS CLI is missing: apt-get install awscli");
    QVERIFY2(QFile::exists(u"/usr/bin/s3cmd"_s), "s3cmd is missing: apt-get install s3cmd");
    m_cli = qEnvironmentVariable("SKYLIGHT_CLI");
    QVERIFY2(QFile::exists(m_cli), "SKYLIGHT_CLI names no program");
    QVERIFY(m_dir.isValid());
    // Every part of the large upload answers 100 ms late, so that the kill lands in the middle even
    // on a fast machine.
    const QString faults = m_dir.filePath(u"faults.json"_s);
    QVERIFY(writeFile(faults,
        R"([{"method":"PUT","target":"^/resume/large\\.bin\\?partNumber=","action":"delay","ms":100}])"));
    m_sandbox = std::make_unique<SandboxProcess>(QStringList {u"--faults"_s, faults});
    QVERIFY(m_sandbox->start());
    m_transport = std::make_unique<HttpTransport>();
    m_client
        = std::make_unique<S3Client>(m_transport.get(), m_sandbox->profile(), SandboxProcess::credentials());
    const Credentials c = SandboxProcess::credentials();
    m_sandboxPeer = {m_sandbox->endpoint(),
        QString::fromUtf8(c.accessKeyId()),
        QString::fromUtf8(c.secretKey().toByteArray()),
        u"sandbox"_s,
        u"peers"_s,
        {}};
    QVERIFY(writeS3cmdConfig(m_sandboxPeer, u"sandbox"_s));
    QCOMPARE(cli({u"mb"_s, u"s3://resume"_s}).exitCode, 0);
    QCOMPARE(cli({u"mb"_s, u"s3://peers"_s}).exitCode, 0);

    // s3rver, started by the `s3rver` fixture; its rows fail (never skip) when it is not there.
    QHash<QByteArray, QByteArray> values;
    QString env;
    if (!readPeerEnv("S3RVER_PEER_ENV", &values, &env)) {
        m_s3rverProblem
            = u"no s3rver: S3RVER_PEER_ENV (%1) is unreadable; run through ctest (fixture s3rver)"_s.arg(env);
        return;
    }
    m_s3rverPeer = {QString::fromUtf8(values.value("S3RVER_ENDPOINT")),
        QString::fromUtf8(values.value("S3RVER_ACCESS_KEY")),
        QString::fromUtf8(values.value("S3RVER_SECRET_KEY")),
        u"s3-compatible"_s,
        u"peers-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')),
        {}};
    QVERIFY(writeS3cmdConfig(m_s3rverPeer, u"s3rver"_s));
    QCOMPARE(cli(m_s3rverPeer, {u"mb"_s, u"s3://"_s + m_s3rverPeer.bucket}).exitCode, 0);
}

bool TestTransferCli::writeS3cmdConfig(Peer &peer, const QString &name)
{
    const QString host = QUrl(peer.endpoint).authority();
    peer.s3cmdConfig = m_dir.filePath(u"s3cmd-%1.cfg"_s.arg(name));
    QFile f(peer.s3cmdConfig);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return false;
    // Path-style (host_bucket without %(bucket)s), plain http, SigV4 in us-east-1.
    const QString config = u"[default]\naccess_key = %1\nsecret_key = %2\nhost_base = %3\n"
                           "host_bucket = %3\nuse_https = False\nsignature_v2 = False\n"
                           "bucket_location = us-east-1\nguess_mime_type = False\n"_s.arg(
                               peer.accessKey, peer.secretKey, host);
    return f.write(config.toUtf8()) > 0;
}

const Peer *TestTransferCli::peer()
{
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    if (name == u"s3rver"_s)
        return m_s3rverProblem.isEmpty() ? &m_s3rverPeer : nullptr;
    return &m_sandboxPeer;
}

QProcessEnvironment TestTransferCli::environment(const Peer &peer) const
{
    return peerToolEnvironment(peer.accessKey, peer.secretKey, m_dir.path());
}

QStringList TestTransferCli::cliArguments(const Peer &peer, const QStringList &arguments) const
{
    return QStringList {u"s3"_s} + arguments
        + QStringList {u"--endpoint-url"_s, peer.endpoint, u"--provider"_s, peer.provider};
}

Run TestTransferCli::run(
    const Peer &peer, const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment(peer));
    process.start(program, arguments);
    process.waitForFinished(timeoutMs); // the sandbox is another process: blocking is fine
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    if (r.exitCode != 0)
        qWarning("%s %s: %s", qPrintable(program), qPrintable(arguments.join(u' ')), r.err.constData());
    return r;
}

Run TestTransferCli::aws(const Peer &peer, const QStringList &arguments)
{
    return run(peer, u"/usr/bin/aws"_s, arguments + QStringList {u"--endpoint-url"_s, peer.endpoint});
}

Run TestTransferCli::s3cmd(const Peer &peer, const QStringList &arguments)
{
    return run(peer,
        u"/usr/bin/s3cmd"_s,
        QStringList {u"-c"_s, peer.s3cmdConfig, u"--no-progress"_s, u"--multipart-chunk-size-mb=5"_s}
            + arguments);
}

Run TestTransferCli::boto3(const Peer &peer, const QString &script, const QStringList &arguments)
{
    const QString prelude = uR"(
import sys, hashlib, boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
s3 = boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1',
                  config=Config(s3={'addressing_style': 'path'}))
small = TransferConfig(multipart_threshold=5 * 1024 * 1024, multipart_chunksize=5 * 1024 * 1024)
)"_s;
    return run(
        peer, u"/usr/bin/python3"_s, QStringList {u"-c"_s, prelude + script, peer.endpoint} + arguments);
}

QStringList TestTransferCli::unfinishedUploads(const QString &bucket)
{
    const Run r
        = aws({u"s3api"_s, u"list-multipart-uploads"_s, u"--bucket"_s, bucket, u"--output"_s, u"json"_s});
    if (r.exitCode != 0)
        return {u"<aws failed>"_s};
    QStringList ids;
    const QJsonArray uploads = QJsonDocument::fromJson(r.out).object().value(u"Uploads"_s).toArray();
    for (const QJsonValue &u : uploads)
        ids.append(u.toObject().value(u"UploadId"_s).toString());
    return ids;
}

void TestTransferCli::killedCopyResumesFromTheJournal()
{
    const QByteArray data = patternBytes(96 * kMiB + 123, 2026);
    const QString source = m_dir.filePath(u"large.bin"_s);
    QVERIFY(writeFile(source, data));
    const QString journal = m_dir.filePath(u"journal"_s);
    const QStringList args = {u"cp"_s,
        source,
        u"s3://resume/large.bin"_s,
        u"--journal"_s,
        journal,
        u"--max-parts"_s,
        u"2"_s,
        u"--part-size"_s,
        u"5"_s};

    QProcess first;
    first.setProcessEnvironment(environment(m_sandboxPeer));
    first.start(m_cli, cliArguments(m_sandboxPeer, args));
    QVERIFY(first.waitForStarted());
    // Wait for the journal to name the upload and for the sandbox to hold a few of its parts.
    QString uploadId;
    int partsAtKill = 0;
    const bool enough = QTest::qWaitFor(
        [&] {
            if (first.state() == QProcess::NotRunning)
                return true;
            const QStringList files = QDir(journal).entryList({u"*.json"_s}, QDir::Files);
            if (files.isEmpty())
                return false;
            QFile f(QDir(journal).filePath(files.first()));
            if (!f.open(QIODevice::ReadOnly))
                return false;
            uploadId = QJsonDocument::fromJson(f.readAll())
                           .object()
                           .value(u"upload"_s)
                           .toObject()
                           .value(u"uploadId"_s)
                           .toString();
            if (uploadId.isEmpty())
                return false;
            const ListPartsResult parts
                = runJob(m_client->listParts({u"resume"_s, u"large.bin"_s, uploadId, 0, 1000}));
            partsAtKill = int(parts.parts.parts.size());
            return partsAtKill >= 5;
        },
        120000);
    QVERIFY(enough);
    QCOMPARE(first.state(), QProcess::Running); // killed in the middle, not after the end
    first.kill();                               // SIGKILL: no handler runs, nothing is aborted
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(unfinishedUploads(u"resume"_s), QStringList {uploadId});
    const ListPartsResult there
        = runJob(m_client->listParts({u"resume"_s, u"large.bin"_s, uploadId, 0, 1000}));
    qint64 bytesThere = 0;
    for (const PartEntry &p : there.parts.parts)
        bytesThere += p.size;
    QVERIFY(bytesThere >= 5 * 5 * kMiB);
    QVERIFY(bytesThere < data.size());

    const Run second = cli(args);
    QCOMPARE(second.exitCode, 0);
    const auto m = QRegularExpression(u"resumed, (\\d+) bytes"_s).match(QString::fromUtf8(second.out));
    QVERIFY2(m.hasMatch(), second.out.constData());
    const qint64 resumed = m.captured(1).toLongLong();
    QCOMPARE(resumed, bytesThere); // every part that was there was kept: only the rest was sent
    QVERIFY(data.size() - resumed < data.size());
    QVERIFY(unfinishedUploads(u"resume"_s).isEmpty());
    QCOMPARE(QDir(journal).entryList({u"*.json"_s}, QDir::Files), QStringList());

    // Read back by another tool, byte for byte.
    const QString back = m_dir.filePath(u"large-back.bin"_s);
    QCOMPARE(aws({u"s3"_s, u"cp"_s, u"s3://resume/large.bin"_s, back}).exitCode, 0);
    QVERIFY(readFile(back) == data);
}

void TestTransferCli::toolsReadWhatSkylightWrote_data()
{
    QTest::addColumn<int>("unused"); // the row's name is the server
    QTest::newRow("sandbox") << 0;
    QTest::newRow("s3rver") << 0;
}

void TestTransferCli::toolsReadWhatSkylightWrote()
{
    const Peer *p = peer();
    QVERIFY2(p, qPrintable(m_s3rverProblem));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString bucket = u"s3://"_s + p->bucket;
    QMap<QString, QByteArray> files {{u"one.txt"_s, "one"},
        {u"sub/two.bin"_s, patternBytes(12 * kMiB + 1, 5)},
        {u"sub/deeper/three"_s, patternBytes(70000, 6)}};
    const QString folder = m_dir.filePath(u"mine-"_s + tag);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QDir().mkpath(QFileInfo(folder + u'/' + it.key()).absolutePath());
        QVERIFY(writeFile(folder + u'/' + it.key(), it.value()));
    }
    QCOMPARE(
        cli(*p, {u"cp"_s, folder, bucket + u"/mine/"_s, u"--recursive"_s, u"--part-size"_s, u"5"_s}).exitCode,
        0);

    const QString awsCopy = m_dir.filePath(u"by-aws-"_s + tag);
    QCOMPARE(aws(*p, {u"s3"_s, u"cp"_s, bucket + u"/mine/"_s, awsCopy, u"--recursive"_s}).exitCode, 0);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(readFile(awsCopy + u'/' + it.key()) == it.value(), qPrintable(it.key()));

    const Run hashes = boto3(*p,
        uR"(
for key in sys.argv[3:]:
    body = s3.get_object(Bucket=sys.argv[2], Key='mine/' + key)['Body'].read()
    print(key, hashlib.sha256(body).hexdigest())
)"_s,
        QStringList {p->bucket} + files.keys());
    QCOMPARE(hashes.exitCode, 0);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(hashes.out.contains(it.key().toUtf8() + ' ' + sha256(it.value())), hashes.out.constData());

    // s3cmd: its listing names every object with its size, and it downloads each byte for byte
    // (checking the MD5 itself where the ETag is one).
    const Run listed = s3cmd(*p, {u"ls"_s, u"--recursive"_s, bucket + u"/mine/"_s});
    QCOMPARE(listed.exitCode, 0);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QRegularExpression line(u"\\s%1\\s+%2/mine/%3\\n"_s.arg(QString::number(it.value().size()),
            QRegularExpression::escape(bucket),
            QRegularExpression::escape(it.key())));
        QVERIFY2(line.match(QString::fromUtf8(listed.out)).hasMatch(), listed.out.constData());
    }
    const QString s3cmdCopy = m_dir.filePath(u"by-s3cmd-"_s + tag);
    QVERIFY(QDir().mkpath(s3cmdCopy));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString target = s3cmdCopy + u'/' + QString(it.key()).replace(u'/', u'_');
        const Run got = s3cmd(*p, {u"get"_s, bucket + u"/mine/"_s + it.key(), target});
        QCOMPARE(got.exitCode, 0);
        QVERIFY2(!got.err.contains("MD5 signatures do not match"), got.err.constData());
        QVERIFY2(readFile(target) == it.value(), qPrintable(it.key()));
    }
}

void TestTransferCli::skylightReadsWhatToolsWrote()
{
    const Peer *p = peer();
    QVERIFY2(p, qPrintable(m_s3rverProblem));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString bucket = u"s3://"_s + p->bucket;
    const QByteArray byAws = patternBytes(9 * kMiB + 7, 8); // multipart with aws's 8 MiB default
    const QString awsFile = m_dir.filePath(u"aws-up-"_s + tag);
    QVERIFY(writeFile(awsFile, byAws));
    QCOMPARE(aws(*p, {u"s3"_s, u"cp"_s, awsFile, bucket + u"/theirs/aws.bin"_s}).exitCode, 0);

    const QByteArray byBoto = patternBytes(11 * kMiB + 3, 9);
    const QString botoFile = m_dir.filePath(u"boto-up-"_s + tag);
    QVERIFY(writeFile(botoFile, byBoto));
    QCOMPARE(boto3(*p,
                 u"s3.upload_file(sys.argv[3], sys.argv[2], 'theirs/deep/boto.bin', Config=small)\n"_s,
                 {p->bucket, botoFile})
                 .exitCode,
        0);
    QCOMPARE(boto3(*p,
                 u"s3.put_object(Bucket=sys.argv[2], Key='theirs/small key+é.txt', Body=b'tiny')\n"_s,
                 {p->bucket})
                 .exitCode,
        0);

    // s3cmd: one multipart upload (11 MiB in 5 MiB parts) and one small one with a space in its key.
    const QByteArray byS3cmd = patternBytes(11 * kMiB + 5, 10);
    const QString s3cmdFile = m_dir.filePath(u"s3cmd-up-"_s + tag);
    QVERIFY(writeFile(s3cmdFile, byS3cmd));
    QCOMPARE(s3cmd(*p, {u"put"_s, s3cmdFile, bucket + u"/theirs/s3cmd/multi.bin"_s}).exitCode, 0);
    const QString smallFile = m_dir.filePath(u"s3cmd-small-"_s + tag);
    QVERIFY(writeFile(smallFile, "small by s3cmd"));
    QCOMPARE(s3cmd(*p, {u"put"_s, smallFile, bucket + u"/theirs/s3cmd/small one.txt"_s}).exitCode, 0);

    const QString down = m_dir.filePath(u"theirs-down-"_s + tag);
    const Run got = cli(*p, {u"cp"_s, bucket + u"/theirs/"_s, down, u"--recursive"_s});
    QCOMPARE(got.exitCode, 0);
    QVERIFY(readFile(down + u"/aws.bin"_s) == byAws);
    QVERIFY(readFile(down + u"/deep/boto.bin"_s) == byBoto);
    QCOMPARE(readFile(down + u"/small key+é.txt"_s), QByteArray("tiny"));
    QVERIFY(readFile(down + u"/s3cmd/multi.bin"_s) == byS3cmd);
    QCOMPARE(readFile(down + u"/s3cmd/small one.txt"_s), QByteArray("small by s3cmd"));
    QCOMPARE(QDir(down).entryList(QDir::Files | QDir::Hidden).size(), 2); // no .part left
    QCOMPARE(QDir(down + u"/s3cmd"_s).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

// Server-side copy by skylight-cli read by s3cmd; a move by s3cmd (copy, delete) seen and read by
// skylight-cli; deletes by each seen by the others.
void TestTransferCli::copyMoveDeleteAcrossTools()
{
    const Peer *p = peer();
    QVERIFY2(p, qPrintable(m_s3rverProblem));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString dir = u"s3://"_s + p->bucket + u"/moves/"_s;
    const QByteArray data = patternBytes(70000, 12);
    const QString source = m_dir.filePath(u"move-src-"_s + tag);
    QVERIFY(writeFile(source, data));
    QCOMPARE(s3cmd(*p, {u"put"_s, source, dir + u"source.bin"_s}).exitCode, 0);

    QCOMPARE(cli(*p, {u"cp"_s, dir + u"source.bin"_s, dir + u"copy.bin"_s}).exitCode, 0);
    const QString byS3cmd = m_dir.filePath(u"move-copy-"_s + tag);
    QCOMPARE(s3cmd(*p, {u"get"_s, dir + u"copy.bin"_s, byS3cmd}).exitCode, 0);
    QVERIFY(readFile(byS3cmd) == data);

    // s3cmd copies the source's ACL unless told which one to set; s3rver's GetObjectAcl puts
    // <Permission> outside <Grant>, and s3cmd's ACL reader then crashes. --acl-private spares the read.
    QStringList move = {u"mv"_s, dir + u"copy.bin"_s, dir + u"moved.bin"_s};
    if (tag == u"s3rver"_s)
        move.append(u"--acl-private"_s);
    QCOMPARE(s3cmd(*p, move).exitCode, 0);
    Run listed = cli(*p, {u"ls"_s, dir});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains("moved.bin") && !listed.out.contains("copy.bin"), listed.out.constData());
    const QString bySkylight = m_dir.filePath(u"move-moved-"_s + tag);
    QCOMPARE(cli(*p, {u"cp"_s, dir + u"moved.bin"_s, bySkylight}).exitCode, 0);
    QVERIFY(readFile(bySkylight) == data);

    QCOMPARE(cli(*p, {u"rm"_s, dir + u"moved.bin"_s}).exitCode, 0);
    QCOMPARE(s3cmd(*p, {u"del"_s, dir + u"source.bin"_s}).exitCode, 0);
    listed = s3cmd(*p, {u"ls"_s, dir});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.out.contains(".bin"), listed.out.constData());
    listed = cli(*p, {u"ls"_s, dir});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.out.contains(".bin"), listed.out.constData());
    const Run head
        = aws(*p, {u"s3api"_s, u"head-object"_s, u"--bucket"_s, p->bucket, u"--key"_s, u"moves/moved.bin"_s});
    QVERIFY(head.exitCode != 0);
    QVERIFY2(head.err.contains("404"), head.err.constData());
}

QTEST_GUILESS_MAIN(TestTransferCli)
#include "tst_transfercli.moc"
