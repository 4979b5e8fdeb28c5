// SPDX-License-Identifier: GPL-3.0-or-later
// Upload and Download of files against the in-process sandbox: sizes around the part boundary,
// multipart, cancel, and every hostile key mapped to a path inside the chosen folder.
#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include "clouds/profilepresets.h"
#include "faultrules.h"
#include "hostilekeys.h"
#include "s3/abortmultipartuploadjob.h"
#include "s3/createbucketjob.h"
#include "s3/createmultipartuploadjob.h"
#include "s3/deleteobjectjob.h"
#include "s3/headobjectjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3/strayuploadsweep.h"
#include "s3call.h"
#include "s3router.h"
#include "s3testsupport.h"
#include "sandboxserver.h"
#include "transfer/download.h"
#include "transfer/localpath.h"
#include "transfer/upload.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Uploads and downloads of up to 20 MiB with faults: longer than a job's 60 s on a loaded machine.
template <typename Transfer, typename Result> Result waitForTransfer(Transfer *transfer)
{
    return waitForJob<Transfer, Result>(transfer, 120000);
}

QStringList filesIn(const QString &folder)
{
    QStringList names;
    QDir dir(folder);
    for (const QFileInfo &info :
        dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        names.append(info.fileName());
    return names;
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrips_data();
    void roundTrips();
    void cancelMidUploadAbortsIt_data();
    void cancelMidUploadAbortsIt();
    void cancelMidDownloadLeavesNothing();
    void errorInsideA200CompleteFails();
    void lostCreateAnswerLeavesAnUploadTheSweepFinds();
    void uploadWhoseCreateWentAstrayLeavesNothing_data();
    void uploadWhoseCreateWentAstrayLeavesNothing();
    void failedDownloadLeavesTargetAlone();
    void hostileKeysRoundTripInsideTheFolder();
    void readOnlyCloudSendsNoWrite();

private:
    void setFaults(const QByteArray &json);
    UploadResult upload(const QString &path, const QString &key, const UploadOptions &options = {});
    DownloadResult download(const QString &key, const QString &target, const DownloadOptions &options = {});
    SandboxFixture m_sandbox;
    std::unique_ptr<S3Client> m_client;
    QTemporaryDir m_dir;
};

void TestTransfer::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QVERIFY(m_dir.isValid());
    m_client = std::make_unique<S3Client>(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    QVERIFY(runJob(m_client->createBucket({u"files"_s, {}})).error.isOk());
}

UploadResult TestTransfer::upload(const QString &path, const QString &key, const UploadOptions &options)
{
    return waitForTransfer<Upload, UploadResult>(new Upload(m_client.get(), path, u"files"_s, key, options));
}

DownloadResult TestTransfer::download(
    const QString &key, const QString &target, const DownloadOptions &options)
{
    return waitForTransfer<Download, DownloadResult>(
        new Download(m_client.get(), {u"files"_s, key, target, m_dir.path()}, options));
}

void TestTransfer::roundTrips_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<int>("parts"); // 0: single PUT
    QTest::newRow("0 B") << qint64(0) << 5 * kMiB << 0;
    QTest::newRow("1 B") << qint64(1) << 5 * kMiB << 0;
    QTest::newRow("5 MiB - 1") << 5 * kMiB - 1 << 5 * kMiB << 0;
    QTest::newRow("5 MiB") << 5 * kMiB << 5 * kMiB << 1;
    QTest::newRow("5 MiB + 1") << 5 * kMiB + 1 << 5 * kMiB << 2;
    QTest::newRow("20 MiB + 3, default options") << 20 * kMiB + 3 << qint64(-1) << 3;
}

void TestTransfer::roundTrips()
{
    QFETCH(qint64, size);
    QFETCH(qint64, threshold);
    QFETCH(int, parts);
    const QString key = u"sizes/"_s + QString::fromLatin1(QTest::currentDataTag());
    const QByteArray data = patternBytes(size, quint32(size));
    const QString source = m_dir.filePath(u"source.bin"_s);
    QVERIFY(writeFile(source, data));
    UploadOptions options;
    if (threshold > 0) {
        options.multipartThreshold = threshold;
        options.partSize = 5 * kMiB;
    }
    const UploadResult sent = upload(source, key, options);
    QVERIFY2(sent.error.isOk(), qPrintable(sent.error.toString()));
    QCOMPARE(sent.parts, parts);
    QCOMPARE(sent.bytes, size);
    QVERIFY(unfinishedUploads(m_sandbox, u"files"_s).isEmpty());

    const QString folder = m_dir.filePath(u"down-%1"_s.arg(size));
    const QString target = folder + u"/copy.bin"_s;
    DownloadOptions down;
    down.chunkSize = 2 * kMiB; // several ranged GETs in parallel for the larger sizes
    const DownloadResult got = download(key, target, down);
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QCOMPARE(got.bytes, size);
    // A single PUT's ETag is the MD5; a multipart one is checked as "MD5 of the part MD5s" with the
    // part size the upload recorded in the object's metadata.
    QVERIFY(got.verified);
    QVERIFY(readFile(target) == data);
    QCOMPARE(filesIn(folder), QStringList {u"copy.bin"_s}); // no .part left
}

void TestTransfer::cancelMidUploadAbortsIt_data()
{
    QTest::addColumn<int>("parallel");
    QTest::addColumn<int>("cancelAfterPart");
    QTest::newRow("one at a time") << 1 << 1;
    QTest::newRow("parts in flight") << 3 << 1;
    QTest::newRow("after the last part") << 1 << 4;
}

void TestTransfer::cancelMidUploadAbortsIt()
{
    QFETCH(int, parallel);
    QFETCH(int, cancelAfterPart);
    const QString source = m_dir.filePath(u"cancel.bin"_s);
    QVERIFY(writeFile(source, patternBytes(20 * kMiB, 5)));
    UploadOptions options;
    options.multipartThreshold = 5 * kMiB;
    options.partSize = 5 * kMiB;
    options.parallelParts = parallel;
    auto *transfer = new Upload(m_client.get(), source, u"files"_s, u"cancelled"_s, options);
    int partsDone = 0;
    connect(transfer, &Upload::partFinished, transfer, [transfer, &partsDone, cancelAfterPart](int) {
        if (++partsDone == cancelAfterPart)
            transfer->cancel();
    });
    const UploadResult result = waitForTransfer<Upload, UploadResult>(transfer);
    QCOMPARE(result.error.kind(), ApiError::Kind::Aborted);
    QCOMPARE(partsDone, cancelAfterPart); // the upload had really started, and no part came after
    QVERIFY(unfinishedUploads(m_sandbox, u"files"_s).isEmpty());
    QCOMPARE(runJob(m_client->headObject({u"files"_s, u"cancelled"_s})).error.httpStatus(), 404);
}

void TestTransfer::errorInsideA200CompleteFails()
{
    const QString source = m_dir.filePath(u"complete-fault.bin"_s);
    QVERIFY(writeFile(source, patternBytes(6 * kMiB, 9)));
    int completions = 0;
    m_sandbox.server().s3()->multipart().setCompletionFault([&](const S3Call &) {
        ++completions;
        return QByteArray("InternalError");
    });
    UploadOptions options;
    options.multipartThreshold = 5 * kMiB;
    options.partSize = 5 * kMiB;
    const UploadResult result = upload(source, u"complete-fault"_s, options);
    m_sandbox.server().s3()->multipart().setCompletionFault({});
    QVERIFY(completions >= 1);
    QCOMPARE(result.error.serviceCode(), u"InternalError"_s);    // never reported as done
    QVERIFY(unfinishedUploads(m_sandbox, u"files"_s).isEmpty()); // and aborted afterwards
    QCOMPARE(runJob(m_client->headObject({u"files"_s, u"complete-fault"_s})).error.httpStatus(), 404);
}

void TestTransfer::setFaults(const QByteArray &json)
{
    QString error;
    const FaultRules rules = FaultRules::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_sandbox.server().setFaultRules(rules);
}

// The fault itself, seen from the job: the Create is carried out, its answer is lost, and an
// upload nobody knows the id of is left. The sweep finds it by key and time, and leaves alone a
// longer key's upload and anything outside its window.
void TestTransfer::lostCreateAnswerLeavesAnUploadTheSweepFinds()
{
    auto cleanup = qScopeGuard([this] { m_sandbox.server().setFaultRules({}); });
    const QString key = u"stray/answer-lost"_s;
    const QString longer = key + u".bak"_s;
    QVERIFY(runJob(m_client->createMultipartUpload({u"files"_s, longer, {}, {}, {}})).error.isOk());
    const QDateTime before = m_client->serverNow(u"files"_s);
    setFaults(R"json([{"method": "POST", "target": "[?&]uploads(&|=|$)", "nth": 1,
                   "action": "resetAfterBody", "bytes": 0}])json");
    const CreateMultipartUploadResult created
        = runJob(m_client->createMultipartUpload({u"files"_s, key, {}, {}, {}}));
    QVERIFY(!created.error.isOk());
    QVERIFY(StrayUploadSweep::mayHaveCreated(created.error));
    QCOMPARE(unfinishedUploads(m_sandbox, u"files"_s).size(), 2); // the orphan, and the longer key's

    const auto sweep = [&](const QDateTime &from, const QDateTime &to) {
        auto *s = new StrayUploadSweep(m_client.get(), u"files"_s, key, {}, from, to);
        QSignalSpy done(s, &StrayUploadSweep::finished);
        s->start();
        [&] {
            QVERIFY(done.wait(30000));
        }();
        return done.isEmpty() ? -1 : done.first().at(0).toInt();
    };
    const QDateTime hourAgo = before.addSecs(-3600);
    QCOMPARE(sweep(hourAgo, hourAgo.addSecs(60)), 0); // outside the window: kept
    QCOMPARE(unfinishedUploads(m_sandbox, u"files"_s).size(), 2);
    QCOMPARE(sweep(before, m_client->serverNow(u"files"_s)), 1);
    const QStringList left = unfinishedUploads(m_sandbox, u"files"_s);
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().startsWith(longer + u':'), qPrintable(left.first()));
    for (const QString &entry : left)
        runJob(m_client->abortMultipartUpload({u"files"_s, longer, entry.section(u':', 1)}));
    QVERIFY(unfinishedUploads(m_sandbox, u"files"_s).isEmpty());
    QVERIFY(!StrayUploadSweep::mayHaveCreated(ApiError::ok()));
}

void TestTransfer::uploadWhoseCreateWentAstrayLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<int>("cancelAfterMs");
    QTest::newRow("answer lost (reset after the server acted)")
        << QByteArray(R"json([{"method": "POST", "target": "[?&]uploads(&|=|$)",
                           "action": "resetAfterBody", "bytes": 0}])json")
        << -1;
    QTest::newRow("answer cut short") << QByteArray(
        R"json([{"method": "POST", "target": "[?&]uploads(&|=|$)", "action": "shortBody", "bytes": 60}])json")
                                      << -1;
    QTest::newRow("answer garbled") << QByteArray(
        R"json([{"method": "POST", "target": "[?&]uploads(&|=|$)", "action": "corrupt", "offset": 100000}])json")
                                    << -1;
    QTest::newRow("cancelled while the answer is on its way") << QByteArray(
        R"json([{"method": "POST", "target": "[?&]uploads(&|=|$)", "action": "delay", "ms": 3000}])json")
                                                              << 500;
    // Our upload id is not known to the server (a garbled id that still parsed): parts and the
    // abort all get NoSuchUpload, and the upload really created is swept up.
    QTest::newRow("upload id unknown")
        << QByteArray(R"json([{"method": "PUT", "target": "[?&]uploadId=", "action": "error", "status": 404,
                           "code": "NoSuchUpload"},
                          {"method": "DELETE", "target": "[?&]uploadId=", "nth": 1, "action": "error", "status": 404,
                           "code": "NoSuchUpload"}])json")
        << -1;
}

void TestTransfer::uploadWhoseCreateWentAstrayLeavesNothing()
{
    QFETCH(QByteArray, rules);
    QFETCH(int, cancelAfterMs);
    auto cleanup = qScopeGuard([this] { m_sandbox.server().setFaultRules({}); });
    const QString source = m_dir.filePath(u"astray.bin"_s);
    QVERIFY(writeFile(source, patternBytes(6 * kMiB, 13)));
    const QString key = u"astray/%1"_s.arg(QTest::currentDataTag());
    setFaults(rules);
    UploadOptions options;
    options.multipartThreshold = 5 * kMiB;
    options.partSize = 5 * kMiB;
    options.partAttempts = 1;
    auto *transfer = new Upload(m_client.get(), source, u"files"_s, key, options);
    if (cancelAfterMs >= 0)
        QTimer::singleShot(cancelAfterMs, transfer, &Upload::cancel);
    const UploadResult result = waitForTransfer<Upload, UploadResult>(transfer);
    QVERIFY(!result.error.isOk());
    m_sandbox.server().setFaultRules({});
    QVERIFY2(unfinishedUploads(m_sandbox, u"files"_s).isEmpty(),
        qPrintable(unfinishedUploads(m_sandbox, u"files"_s).join(u", "_s)));
    QCOMPARE(runJob(m_client->headObject({u"files"_s, key})).error.httpStatus(), 404);
}

void TestTransfer::cancelMidDownloadLeavesNothing()
{
    const QString source = m_dir.filePath(u"to-cancel.bin"_s);
    QVERIFY(writeFile(source, patternBytes(12 * kMiB, 13)));
    QVERIFY(upload(source, u"download-cancelled"_s).error.isOk());
    const QString folder = m_dir.filePath(u"cancelled-down"_s);
    DownloadOptions options;
    options.chunkSize = kMiB;
    options.parallelChunks = 2;
    auto *transfer = new Download(m_client.get(),
        {u"files"_s, u"download-cancelled"_s, folder + u"/file.bin"_s, m_dir.path()},
        options);
    int progressed = 0;
    connect(transfer, &Download::progress, transfer, [transfer, &progressed] {
        if (++progressed == 2)
            transfer->cancel();
    });
    const DownloadResult result = waitForTransfer<Download, DownloadResult>(transfer);
    QCOMPARE(result.error.kind(), ApiError::Kind::Aborted);
    QCOMPARE(progressed, 2);
    QThreadPool::globalInstance()->waitForDone(); // a chunk write still on the pool must not bring .part back
    QCOMPARE(filesIn(folder), QStringList());
}

void TestTransfer::failedDownloadLeavesTargetAlone()
{
    const QString folder = m_dir.filePath(u"keep"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + u"/old.txt"_s;
    QVERIFY(writeFile(target, "old contents"));
    const DownloadResult got = download(u"no such key"_s, target);
    QCOMPARE(got.error.httpStatus(), 404);
    QCOMPARE(readFile(target), QByteArray("old contents"));
    QCOMPARE(filesIn(folder), QStringList {u"old.txt"_s});
}

void TestTransfer::hostileKeysRoundTripInsideTheFolder()
{
    const QString source = m_dir.filePath(u"hostile-source"_s);
    int downloaded = 0;
    int index = 0;
    for (const QString &key : hostileKeys()) {
        // A folder per key: "." (a file "%2E") and "./a" (a folder "%2E") may not share one.
        const QString folder = m_dir.filePath(u"hostile/%1"_s.arg(index++));
        QVERIFY(QDir().mkpath(folder));
        const QString root = QFileInfo(folder).canonicalFilePath();
        const QByteArray body = key.toUtf8();
        QVERIFY(writeFile(source, body));
        const UploadResult sent = upload(source, key);
        QVERIFY2(sent.error.isOk(), qPrintable(key + u": "_s + sent.error.toString()));
        const LocalPath local = localPathForKey(folder, {}, key);
        if (!local.isOk()) {
            QVERIFY(!local.problem.isEmpty());
            continue;
        }
        const DownloadResult got = waitForTransfer<Download, DownloadResult>(
            new Download(m_client.get(), {u"files"_s, key, local.path, folder}));
        QVERIFY2(got.error.isOk(), qPrintable(key + u": "_s + got.error.toString()));
        const QString written = QFileInfo(local.path).canonicalFilePath();
        QVERIFY2(written.startsWith(root + u'/'), qPrintable(written));
        QCOMPARE(readFile(local.path), body);
        QVERIFY(!QFile::exists(Download::partPath(local.path)));
        ++downloaded;
    }
    QVERIFY(downloaded > hostileKeys().size() / 2);
    QVERIFY(!QFile::exists(m_dir.filePath(u"x"_s))); // "../../x" did not land beside the folders
    QVERIFY(!QFile::exists(m_dir.filePath(u"hostile/x"_s)));
}

// A cloud set read-only: every job that would write fails before anything is sent, with the
// setting's sentence, whatever part of Skylight started it; reads still work.
void TestTransfer::readOnlyCloudSendsNoWrite()
{
    const QString source = m_dir.filePath(u"read-only-source.bin"_s);
    QVERIFY(writeFile(source, "already there"));
    QVERIFY(upload(source, u"read-only/existing"_s).error.isOk());
    CloudProfile profile = ProfilePresets::sandbox(m_sandbox.port());
    profile.readOnly = true;
    S3Client readOnly(&m_sandbox.transport(), profile, SandboxFixture::credentials());
    const QString refusal = profile.writeRefusal({});
    QVERIFY(refusal.contains(u"read-only"_s));

    const auto put
        = runJob(readOnly.putObject({u"files"_s, u"read-only/new"_s, "x", {}, {}, -1, {}, {}, {}, {}}));
    QCOMPARE(put.error.kind(), ApiError::Kind::Local);
    QCOMPARE(put.error.message(), refusal);
    QCOMPARE(runJob(readOnly.deleteObject({u"files"_s, u"read-only/existing"_s})).error.message(), refusal);
    QCOMPARE(
        runJob(readOnly.createMultipartUpload({u"files"_s, u"read-only/big"_s, {}, {}, {}})).error.message(),
        refusal);
    const UploadResult sent = waitForTransfer<Upload, UploadResult>(
        new Upload(&readOnly, source, u"files"_s, u"read-only/by-upload"_s, {}));
    QCOMPARE(sent.error.message(), refusal);

    // Nothing reached the sandbox: the new keys are not there, the old one is.
    for (const QString &key : {u"read-only/new"_s, u"read-only/big"_s, u"read-only/by-upload"_s})
        QCOMPARE(runJob(m_client->headObject({u"files"_s, key})).error.httpStatus(), 404);
    QVERIFY(unfinishedUploads(m_sandbox, u"files"_s).isEmpty());
    // Reads go on.
    const HeadObjectResult head = runJob(readOnly.headObject({u"files"_s, u"read-only/existing"_s}));
    QVERIFY2(head.error.isOk(), qPrintable(head.error.toString()));
    const DownloadResult got = waitForTransfer<Download, DownloadResult>(new Download(&readOnly,
        {u"files"_s, u"read-only/existing"_s, m_dir.filePath(u"ro/existing"_s), m_dir.path()},
        {}));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QCOMPARE(readFile(m_dir.filePath(u"ro/existing"_s)), QByteArray("already there"));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
