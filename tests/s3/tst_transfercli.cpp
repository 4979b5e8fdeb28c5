// SPDX-License-Identifier: GPL-3.0-or-later
// skylight-cli s3 cp through the transfer queue against skylight-sandbox running as its own
// process: kill -9 in the middle of a large upload, run again, and it resumes from the journal
// (ListParts: fewer bytes sent the second time) and ends byte-identical with no unfinished upload;
// and the cross-tool proof: what skylight-cli uploaded is read back by /usr/bin/aws and boto3
// (/usr/bin/python3), what they uploaded is read back by skylight-cli.
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void awsAndBoto3ReadWhatSkylightWrote();
    void skylightReadsWhatAwsAndBoto3Wrote();

private:
    QProcessEnvironment environment() const;
    QStringList cliArguments(const QStringList &arguments) const;
    Run run(const QString &program, const QStringList &arguments, int timeoutMs = 180000);
    Run cli(const QStringList &arguments) { return run(m_cli, cliArguments(arguments)); }
    Run aws(const QStringList &arguments);
    Run boto3(const QString &script, const QStringList &arguments);
    QStringList unfinishedUploads(const QString &bucket);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_cli;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<S3Client> m_client;
};

void TestTransferCli::initTestCase()
{
    QVERIFY2(QFile::exists(u"/usr/bin/aws"_s), "the AWS CLI is missing: apt-get install awscli");
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
    for (const QString &bucket : {u"resume"_s, u"peers"_s})
        QCOMPARE(cli({u"mb"_s, u"s3://"_s + bucket}).exitCode, 0);
}

QProcessEnvironment TestTransferCli::environment() const
{
    const Credentials c = SandboxProcess::credentials();
    return peerToolEnvironment(
        QString::fromUtf8(c.accessKeyId()), QString::fromUtf8(c.secretKey().toByteArray()), m_dir.path());
}

QStringList TestTransferCli::cliArguments(const QStringList &arguments) const
{
    return QStringList {u"s3"_s} + arguments
        + QStringList {u"--endpoint-url"_s, m_sandbox->endpoint(), u"--provider"_s, u"sandbox"_s};
}

Run TestTransferCli::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
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

Run TestTransferCli::aws(const QStringList &arguments)
{
    return run(u"/usr/bin/aws"_s, arguments + QStringList {u"--endpoint-url"_s, m_sandbox->endpoint()});
}

Run TestTransferCli::boto3(const QString &script, const QStringList &arguments)
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
        u"/usr/bin/python3"_s, QStringList {u"-c"_s, prelude + script, m_sandbox->endpoint()} + arguments);
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
    first.setProcessEnvironment(environment());
    first.start(m_cli, cliArguments(args));
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

void TestTransferCli::awsAndBoto3ReadWhatSkylightWrote()
{
    QMap<QString, QByteArray> files {{u"one.txt"_s, "one"},
        {u"sub/two.bin"_s, patternBytes(12 * kMiB + 1, 5)},
        {u"sub/deeper/three"_s, patternBytes(70000, 6)}};
    const QString folder = m_dir.filePath(u"mine"_s);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QDir().mkpath(QFileInfo(folder + u'/' + it.key()).absolutePath());
        QVERIFY(writeFile(folder + u'/' + it.key(), it.value()));
    }
    QCOMPARE(
        cli({u"cp"_s, folder, u"s3://peers/mine/"_s, u"--recursive"_s, u"--part-size"_s, u"5"_s}).exitCode,
        0);

    const QString awsCopy = m_dir.filePath(u"by-aws"_s);
    QCOMPARE(aws({u"s3"_s, u"cp"_s, u"s3://peers/mine/"_s, awsCopy, u"--recursive"_s}).exitCode, 0);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(readFile(awsCopy + u'/' + it.key()) == it.value(), qPrintable(it.key()));

    const Run hashes = boto3(uR"(
for key in sys.argv[2:]:
    body = s3.get_object(Bucket='peers', Key='mine/' + key)['Body'].read()
    print(key, hashlib.sha256(body).hexdigest())
)"_s,
        files.keys());
    QCOMPARE(hashes.exitCode, 0);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(hashes.out.contains(it.key().toUtf8() + ' ' + sha256(it.value())), hashes.out.constData());
}

void TestTransferCli::skylightReadsWhatAwsAndBoto3Wrote()
{
    const QByteArray byAws = patternBytes(9 * kMiB + 7, 8); // multipart with aws's 8 MiB default
    const QString awsFile = m_dir.filePath(u"aws-up.bin"_s);
    QVERIFY(writeFile(awsFile, byAws));
    QCOMPARE(aws({u"s3"_s, u"cp"_s, awsFile, u"s3://peers/theirs/aws.bin"_s}).exitCode, 0);

    const QByteArray byBoto = patternBytes(11 * kMiB + 3, 9);
    const QString botoFile = m_dir.filePath(u"boto-up.bin"_s);
    QVERIFY(writeFile(botoFile, byBoto));
    QCOMPARE(
        boto3(u"s3.upload_file(sys.argv[2], 'peers', 'theirs/deep/boto.bin', Config=small)\n"_s, {botoFile})
            .exitCode,
        0);
    QCOMPARE(
        boto3(u"s3.put_object(Bucket='peers', Key='theirs/small key+é.txt', Body=b'tiny')\n"_s, {}).exitCode,
        0);

    const QString down = m_dir.filePath(u"theirs-down"_s);
    const Run got = cli({u"cp"_s, u"s3://peers/theirs/"_s, down, u"--recursive"_s});
    QCOMPARE(got.exitCode, 0);
    QVERIFY(readFile(down + u"/aws.bin"_s) == byAws);
    QVERIFY(readFile(down + u"/deep/boto.bin"_s) == byBoto);
    QCOMPARE(readFile(down + u"/small key+é.txt"_s), QByteArray("tiny"));
    QCOMPARE(QDir(down).entryList(QDir::Files | QDir::Hidden).size(), 2); // no .part left
}

QTEST_GUILESS_MAIN(TestTransferCli)
#include "tst_transfercli.moc"
