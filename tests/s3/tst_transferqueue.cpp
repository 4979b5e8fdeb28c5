// SPDX-License-Identifier: GPL-3.0-or-later
// The TransferQueue end to end against the in-process sandbox: many files and a folder tree both
// ways, hostile keys, name conflicts, pause/resume, a journal that survives the queue, a file that
// changes while it uploads, and the sandbox's fault rules (reset mid-part, truncated download,
// 503 SlowDown, 200-with-Error on Complete). Every file ends byte-identical or clearly failed, with
// no NAME.part left and no unfinished multipart upload.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include "clouds/profilepresets.h"
#include "faultrules.h"
#include "hostilekeys.h"
#include "s3/createbucketjob.h"
#include "s3/headobjectjob.h"
#include "s3/listobjectsjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3testsupport.h"
#include "sandboxserver.h"
#include "transfer/download.h"
#include "transfer/transferqueue.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Every file under `folder` (relative path → bytes), NAME.part files included so they show up.
QMap<QString, QByteArray> tree(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readFile(path));
    }
    return files;
}

QString states(const TransferQueue &queue)
{
    QStringList lines;
    for (const TransferItem &i : queue.items()) {
        if (i.state != TransferState::Done)
            lines.append(u"%1 %2 state %3: %4"_s.arg(i.key, i.localPath).arg(int(i.state)).arg(i.error));
    }
    return lines.join(u'\n');
}

} // namespace

class TestTransferQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void folderUpTreeDownKeepsStructure();
    void bucketToBucketPrefixCopy();
    void hostileKeysRoundTripInsideTheFolder();
    void conflictsSkipKeepBothAndAsk();
    void pauseKeepsTheUploadAndResumeFinishesIt();
    void journalResumesAfterTheQueueIsGone();
    void journalResumesADownload();
    void fileChangingWhileUploadingIsSentAgain();
    void cancelWhilePausedAbortsTheUpload();
    void faults_data();
    void faults();
    void fullDiskFailsTheDownloadAndRemovesThePart();
    void corruptRangeOfAMultipartObjectIsFetchedAgain();
    void smallFilesAreInFlightTogether();
    void smallFilesBorrowFreePartSlots();

private:
    std::unique_ptr<TransferQueue> makeQueue(int files = 4, int parts = 4);
    QString makeFile(const QString &relative, const QByteArray &data);
    bool putBytes(const QString &bucket, const QString &key, const QByteArray &data);
    SandboxFixture m_sandbox;
    std::unique_ptr<S3Client> m_client;
    QTemporaryDir m_dir;
    int m_case = 0;
};

void TestTransferQueue::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QVERIFY(m_dir.isValid());
    m_client = std::make_unique<S3Client>(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    for (const QString &bucket : {u"tq1"_s, u"tq2"_s, u"tq-hostile"_s})
        QVERIFY(runJob(m_client->createBucket({bucket, {}})).error.isOk());
}

void TestTransferQueue::init()
{
    ++m_case;
    m_sandbox.server().setFaultRules({});
}

std::unique_ptr<TransferQueue> TestTransferQueue::makeQueue(int files, int parts)
{
    auto queue = std::make_unique<TransferQueue>();
    queue->setMaxFiles(files);
    queue->setMaxParts(parts);
    queue->setMultipartThreshold(5 * kMiB);
    queue->setPartSize(5 * kMiB);
    return queue;
}

QString TestTransferQueue::makeFile(const QString &relative, const QByteArray &data)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFile(path, data) ? path : QString();
}

bool TestTransferQueue::putBytes(const QString &bucket, const QString &key, const QByteArray &data)
{
    PutObjectRequest request;
    request.bucket = bucket;
    request.key = key;
    request.data = data;
    return runJob(m_client->putObject(request)).error.isOk();
}

void TestTransferQueue::folderUpTreeDownKeepsStructure()
{
    // 40 small files in nested folders, an empty file, a hidden one and two multipart files.
    QMap<QString, QByteArray> expected;
    for (int i = 0; i < 40; ++i)
        expected.insert(u"d%1/sub%2/file-%3.txt"_s.arg(i % 3).arg(i % 2).arg(i), patternBytes(i * 97 + 1, i));
    expected.insert(u"empty"_s, {});
    expected.insert(u".hidden"_s, "dot file");
    expected.insert(u"big/a.bin"_s, patternBytes(11 * kMiB + 5, 101));
    expected.insert(u"big/b.bin"_s, patternBytes(6 * kMiB, 102));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY(!makeFile(u"up/"_s + it.key(), it.value()).isEmpty());

    auto queue = makeQueue(6, 5);
    QSignalSpy scanned(queue.get(), &TransferQueue::groupScanned);
    QSignalSpy finished(queue.get(), &TransferQueue::itemFinished);
    const int group
        = queue->enqueueUploadFolder(m_client.get(), m_dir.filePath(u"up"_s), u"tq1"_s, u"tree"_s);
    QVERIFY(waitIdle(*queue));
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(0).toInt(), group);
    QCOMPARE(scanned.first().at(1).toInt(), expected.size());
    QCOMPARE(finished.size(), expected.size());
    QVERIFY2(states(*queue).isEmpty(), qPrintable(states(*queue)));
    const TransferTotals totals = queue->totals();
    QCOMPARE(totals.done, expected.size());
    QCOMPARE(totals.bytesDone, totals.bytesTotal);

    // The keys, listed independently of the queue.
    ListObjectsRequest list;
    list.bucket = u"tq1"_s;
    list.prefix = u"tree/"_s;
    const ListObjectsResult listed = runJob(m_client->listObjects(list));
    QVERIFY(listed.error.isOk());
    QStringList keys;
    for (const ObjectEntry &o : listed.page.objects)
        keys.append(o.key.mid(5));
    QStringList wanted = expected.keys();
    wanted.sort();
    keys.sort();
    QCOMPARE(keys, wanted);
    QVERIFY(unfinishedUploads(m_sandbox, u"tq1"_s).isEmpty());

    // And back down into another folder, ranged and in parallel.
    const QString down = m_dir.filePath(u"down"_s);
    queue->setPartSize(5 * kMiB);
    queue->enqueueDownloadPrefix(m_client.get(), u"tq1"_s, u"tree/"_s, down);
    QVERIFY(waitIdle(*queue));
    QVERIFY2(states(*queue).isEmpty(), qPrintable(states(*queue)));
    QCOMPARE(tree(down), expected);
}

void TestTransferQueue::bucketToBucketPrefixCopy()
{
    const QByteArray one = "first";
    const QByteArray two = patternBytes(1000, 3);
    QVERIFY(putBytes(u"tq1"_s, u"src/one"_s, one));
    QVERIFY(putBytes(u"tq1"_s, u"src/deep/two"_s, two));
    auto queue = makeQueue();
    queue->enqueueCopyPrefix(m_client.get(), u"tq1"_s, u"src/"_s, u"tq2"_s, u"copied/"_s);
    QVERIFY(waitIdle(*queue));
    QVERIFY2(states(*queue).isEmpty(), qPrintable(states(*queue)));
    QCOMPARE(queue->totals().done, 2);
    const QString target = m_dir.filePath(u"copied"_s);
    queue->enqueueDownloadPrefix(m_client.get(), u"tq2"_s, u"copied/"_s, target);
    QVERIFY(waitIdle(*queue));
    QCOMPARE(tree(target), (QMap<QString, QByteArray> {{u"one"_s, one}, {u"deep/two"_s, two}}));
}

void TestTransferQueue::hostileKeysRoundTripInsideTheFolder()
{
    auto queue = makeQueue(8, 8);
    const QString source = makeFile(u"hostile-src/body"_s, {});
    QMap<QString, QByteArray> bodies;
    int index = 0;
    for (const QString &key : hostileKeys()) {
        if (key.endsWith(u'/'))
            continue; // a folder marker: nothing to download
        const QByteArray body = key.toUtf8() + QByteArray::number(index);
        const QString path = makeFile(u"hostile-src/%1"_s.arg(index++), body);
        bodies.insert(key, body);
        queue->enqueueUpload(m_client.get(), path, u"tq-hostile"_s, key);
    }
    Q_UNUSED(source);
    QVERIFY(waitIdle(*queue));
    QVERIFY2(states(*queue).isEmpty(), qPrintable(states(*queue)));

    const QString folder = m_dir.filePath(u"hostile-down/inside"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString root = QFileInfo(folder).canonicalFilePath();
    queue->removeFinished();
    queue->enqueueDownloadPrefix(m_client.get(), u"tq-hostile"_s, {}, folder);
    QVERIFY(waitIdle(*queue));
    // Keys that differ only in what a file name cannot hold ("a//b", "a/b") share a path: the file
    // there holds one of their bodies.
    int done = 0;
    QHash<QString, QList<QByteArray>> bodiesAt;
    for (const TransferItem &i : queue->items()) {
        // "." is the file "%2E" and "./a" needs a folder "%2E": one of such a pair fails, saying so.
        const auto clashes = [&](const TransferItem &other) {
            return other.localPath.startsWith(i.localPath + u'/')
                || i.localPath.startsWith(other.localPath + u'/');
        };
        const QList<TransferItem> all = queue->items();
        const bool clash = std::any_of(all.cbegin(), all.cend(), clashes);
        QVERIFY2(i.state == TransferState::Done || i.state == TransferState::Skipped
                || (clash && i.state == TransferState::Failed && !i.error.isEmpty()),
            qPrintable(i.key + u": "_s + i.error));
        if (i.state == TransferState::Failed) {
            QVERIFY(!QFile::exists(Download::partPath(i.localPath)));
            continue;
        }
        if (i.state == TransferState::Skipped) {
            QVERIFY(!i.error.isEmpty());
            continue;
        }
        const QString written = QFileInfo(i.localPath).canonicalFilePath();
        QVERIFY2(written.startsWith(root + u'/'), qPrintable(written));
        bodiesAt[written].append(bodies.value(i.key));
        ++done;
    }
    for (auto it = bodiesAt.cbegin(); it != bodiesAt.cend(); ++it)
        QVERIFY2(it.value().contains(readFile(it.key())), qPrintable(it.key()));
    QVERIFY(done > bodies.size() / 2);
    // Nothing escaped: the parent of "inside" holds only it.
    QCOMPARE(QDir(m_dir.filePath(u"hostile-down"_s))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList {u"inside"_s});
    const QMap<QString, QByteArray> written = tree(folder);
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        QVERIFY2(!it.key().endsWith(u".part"_s), qPrintable(it.key()));
}

void TestTransferQueue::conflictsSkipKeepBothAndAsk()
{
    const QString folder = m_dir.filePath(u"conflict"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(putBytes(u"tq1"_s, u"c/name.txt"_s, "remote"));
    const QString local = folder + u"/name.txt"_s;
    QVERIFY(writeFile(local, "local"));

    auto queue = makeQueue();
    queue->setConflictPolicy(ConflictChoice::Skip);
    const int skipped = queue->enqueueDownload(m_client.get(), u"tq1"_s, u"c/name.txt"_s, local, folder);
    QVERIFY(waitIdle(*queue));
    QCOMPARE(queue->item(skipped).state, TransferState::Skipped);
    QCOMPARE(readFile(local), QByteArray("local"));

    queue->setConflictPolicy(ConflictChoice::KeepBoth);
    const int both = queue->enqueueDownload(m_client.get(), u"tq1"_s, u"c/name.txt"_s, local, folder);
    QVERIFY(waitIdle(*queue));
    QCOMPARE(queue->item(both).state, TransferState::Done);
    QCOMPARE(queue->item(both).localPath, folder + u"/name (2).txt"_s);
    QCOMPARE(readFile(folder + u"/name (2).txt"_s), QByteArray("remote"));
    QCOMPARE(readFile(local), QByteArray("local"));

    // Upload over an existing key, asked; KeepBoth gives "name (2).txt".
    queue->setConflictPolicy(ConflictChoice::Ask);
    QSignalSpy asked(queue.get(), &TransferQueue::conflictFound);
    const int up = queue->enqueueUpload(m_client.get(), local, u"tq1"_s, u"c/name.txt"_s);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
    const auto conflict = asked.first().first().value<TransferConflict>();
    QCOMPARE(conflict.id, up);
    QCOMPARE(conflict.existingSize, 6);
    QCOMPARE(queue->item(up).state, TransferState::Conflict);
    QVERIFY(!queue->isIdle());
    queue->resolveConflict(up, ConflictChoice::KeepBoth);
    QVERIFY(waitIdle(*queue));
    QCOMPARE(queue->item(up).state, TransferState::Done);
    QCOMPARE(queue->item(up).key, u"c/name (2).txt"_s);
    QCOMPARE(runJob(m_client->headObject({u"tq1"_s, u"c/name (2).txt"_s})).head.size, 5);
    QCOMPARE(runJob(m_client->headObject({u"tq1"_s, u"c/name.txt"_s})).head.size, 6);

    // Overwrite replaces the local file.
    queue->setConflictPolicy(ConflictChoice::Overwrite);
    queue->enqueueDownload(m_client.get(), u"tq1"_s, u"c/name.txt"_s, local, folder);
    QVERIFY(waitIdle(*queue));
    QCOMPARE(readFile(local), QByteArray("remote"));
}

void TestTransferQueue::pauseKeepsTheUploadAndResumeFinishesIt()
{
    const QByteArray data = patternBytes(30 * kMiB + 17, 31);
    const QString path = makeFile(u"pause.bin"_s, data);
    auto queue = makeQueue(1, 2);
    const int id = queue->enqueueUpload(m_client.get(), path, u"tq1"_s, u"paused.bin"_s);
    QTRY_VERIFY_WITH_TIMEOUT(queue->item(id).bytesDone >= 10 * kMiB, 60000);
    queue->pause(id);
    QTRY_COMPARE_WITH_TIMEOUT(queue->item(id).state, TransferState::Paused, 20000);
    QCOMPARE(unfinishedUploads(m_sandbox, u"tq1"_s).size(), 1); // kept for the resume
    queue->resume(id);
    QVERIFY(waitIdle(*queue));
    const TransferItem item = queue->item(id);
    QCOMPARE(item.state, TransferState::Done);
    QVERIFY2(item.bytesResumed >= 10 * kMiB, qPrintable(QString::number(item.bytesResumed)));
    QVERIFY(unfinishedUploads(m_sandbox, u"tq1"_s).isEmpty());
    const QString back = m_dir.filePath(u"pause-back/paused.bin"_s);
    queue->enqueueDownload(m_client.get(), u"tq1"_s, u"paused.bin"_s, back);
    QVERIFY(waitIdle(*queue));
    QVERIFY(readFile(back) == data);
}

void TestTransferQueue::journalResumesAfterTheQueueIsGone()
{
    const QByteArray data = patternBytes(25 * kMiB + 3, 41);
    const QString path = makeFile(u"journal.bin"_s, data);
    const QString journal = m_dir.filePath(u"journal-up"_s);
    {
        auto queue = makeQueue(1, 1);
        queue->setJournalDirectory(journal);
        const int id = queue->enqueueUpload(m_client.get(), path, u"tq1"_s, u"journaled.bin"_s);
        QTRY_VERIFY_WITH_TIMEOUT(queue->item(id).bytesDone >= 10 * kMiB, 60000);
        QCOMPARE(QDir(journal).entryList({u"*.json"_s}).size(), 1);
    } // the process "dies": the queue goes without aborting anything
    QTest::qWait(200);
    QCOMPARE(unfinishedUploads(m_sandbox, u"tq1"_s).size(), 1);

    auto queue = makeQueue();
    queue->setJournalDirectory(journal);
    const QList<JournaledTransfer> left = queue->journaledTransfers();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().key, u"journaled.bin"_s);
    QCOMPARE(left.first().bytesTotal, data.size());
    const int id = queue->resumeJournaled(m_client.get(), left.first());
    QVERIFY(waitIdle(*queue));
    QCOMPARE(queue->item(id).state, TransferState::Done);
    QVERIFY2(
        queue->item(id).bytesResumed >= 10 * kMiB, qPrintable(QString::number(queue->item(id).bytesResumed)));
    QVERIFY(unfinishedUploads(m_sandbox, u"tq1"_s).isEmpty());
    QCOMPARE(QDir(journal).entryList({u"*.json"_s}).size(), 0);
    const QString back = m_dir.filePath(u"journal-back.bin"_s);
    queue->enqueueDownload(m_client.get(), u"tq1"_s, u"journaled.bin"_s, back);
    QVERIFY(waitIdle(*queue));
    QVERIFY(readFile(back) == data);
}

void TestTransferQueue::journalResumesADownload()
{
    const QByteArray data = patternBytes(24 * kMiB + 9, 51);
    const QString path = makeFile(u"journal-down-src.bin"_s, data);
    const QString journal = m_dir.filePath(u"journal-down"_s);
    const QString target = m_dir.filePath(u"journal-down-target/file.bin"_s);
    {
        auto queue = makeQueue(1, 1);
        queue->enqueueUpload(m_client.get(), path, u"tq1"_s, u"to-resume.bin"_s);
        QVERIFY(waitIdle(*queue));
        queue->setJournalDirectory(journal);
        const int id = queue->enqueueDownload(m_client.get(), u"tq1"_s, u"to-resume.bin"_s, target);
        // Progress counts the range in flight too: past 11 MiB, two 5 MiB ranges are complete.
        QTRY_VERIFY_WITH_TIMEOUT(queue->item(id).bytesDone >= 11 * kMiB, 60000);
    }
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(QFile::exists(Download::partPath(target)));
    QVERIFY(!QFile::exists(target));

    auto queue = makeQueue();
    queue->setJournalDirectory(journal);
    const int id = queue->enqueueDownload(m_client.get(), u"tq1"_s, u"to-resume.bin"_s, target);
    QVERIFY(waitIdle(*queue));
    QCOMPARE(queue->item(id).state, TransferState::Done);
    QVERIFY(queue->item(id).bytesResumed >= 10 * kMiB);
    QVERIFY(readFile(target) == data);
    QVERIFY(!QFile::exists(Download::partPath(target)));
}

void TestTransferQueue::fileChangingWhileUploadingIsSentAgain()
{
    const QString path = makeFile(u"changing.bin"_s, patternBytes(20 * kMiB, 61));
    const QByteArray second = patternBytes(21 * kMiB, 62);
    auto queue = makeQueue(1, 1);
    QSignalSpy changes(queue.get(), &TransferQueue::itemChanged);
    const int id = queue->enqueueUpload(m_client.get(), path, u"tq1"_s, u"changing.bin"_s);
    QTRY_VERIFY_WITH_TIMEOUT(queue->item(id).bytesDone >= 5 * kMiB, 60000);
    QVERIFY(writeFile(path, second));
    QVERIFY(waitIdle(*queue));
    QCOMPARE(queue->item(id).state, TransferState::Done);
    QVERIFY(unfinishedUploads(m_sandbox, u"tq1"_s).isEmpty());
    const QString back = m_dir.filePath(u"changing-back.bin"_s);
    queue->enqueueDownload(m_client.get(), u"tq1"_s, u"changing.bin"_s, back);
    QVERIFY(waitIdle(*queue));
    QVERIFY(readFile(back) == second);
}

void TestTransferQueue::cancelWhilePausedAbortsTheUpload()
{
    const QString path = makeFile(u"cancel-paused.bin"_s, patternBytes(20 * kMiB, 71));
    auto queue = makeQueue(1, 1);
    const int id = queue->enqueueUpload(m_client.get(), path, u"tq1"_s, u"cancel-paused.bin"_s);
    QTRY_VERIFY_WITH_TIMEOUT(queue->item(id).bytesDone >= 5 * kMiB, 60000);
    queue->pause(id);
    QTRY_COMPARE_WITH_TIMEOUT(queue->item(id).state, TransferState::Paused, 20000);
    QCOMPARE(unfinishedUploads(m_sandbox, u"tq1"_s).size(), 1);
    queue->cancel(id);
    QCOMPARE(queue->item(id).state, TransferState::Canceled);
    QTRY_VERIFY_WITH_TIMEOUT(unfinishedUploads(m_sandbox, u"tq1"_s).isEmpty(), 20000);
    QCOMPARE(runJob(m_client->headObject({u"tq1"_s, u"cancel-paused.bin"_s})).error.httpStatus(), 404);
}

void TestTransferQueue::faults_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<bool>("uploadMayFail");
    QTest::newRow("reset mid-part") << QByteArray(
        R"([{"method":"PUT","target":"[?&]partNumber=2","nth":1,"action":"resetAfterBody","bytes":10},
                          {"method":"PUT","target":"[?&]partNumber=3","nth":1,"action":"reset"}])")
                                    << false;
    QTest::newRow("503 SlowDown") << QByteArray(
        R"([{"method":"PUT","from":2,"times":4,"action":"error","status":503,"code":"SlowDown"}])")
                                  << false;
    QTest::newRow("truncated download") << QByteArray(
        R"([{"method":"GET","target":"^/tq1/faulty","from":1,"times":3,"action":"shortBody","bytes":100}])")
                                        << false;
    QTest::newRow("200 with Error on Complete, every time") << QByteArray(
        R"([{"method":"POST","target":"[?&]uploadId=","action":"completeError","code":"InternalError"}])")
                                                            << true;
    QTest::newRow("200 with Error on Complete, once") << QByteArray(
        R"([{"method":"POST","target":"[?&]uploadId=","nth":1,"action":"completeError","code":"InternalError"}])")
                                                      << true;
}

void TestTransferQueue::faults()
{
    QFETCH(QByteArray, rules);
    QFETCH(bool, uploadMayFail);
    QMap<QString, QByteArray> files;
    files.insert(u"small.txt"_s, patternBytes(3000, 81));
    files.insert(u"large.bin"_s, patternBytes(17 * kMiB + 11, 82));
    files.insert(u"mid.bin"_s, patternBytes(7 * kMiB, 83));
    const QString src = u"fault-src-%1"_s.arg(m_case);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(!makeFile(src + u'/' + it.key(), it.value()).isEmpty());
    const QString prefix = u"faulty%1/"_s.arg(m_case);

    QString error;
    const FaultRules parsed = FaultRules::fromJson(rules, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_sandbox.server().setFaultRules(parsed);
    auto queue = makeQueue(3, 4);
    queue->enqueueUploadFolder(m_client.get(), m_dir.filePath(src), u"tq1"_s, prefix);
    QVERIFY(waitIdle(*queue));
    QMap<QString, QByteArray> uploaded;
    for (const TransferItem &i : queue->items()) {
        QVERIFY2(i.state == TransferState::Done || (uploadMayFail && i.state == TransferState::Failed),
            qPrintable(i.key + u": "_s + i.error));
        if (i.state == TransferState::Failed)
            QVERIFY(!i.error.isEmpty());
        else
            uploaded.insert(i.key.mid(prefix.size()), files.value(i.key.mid(prefix.size())));
        // What the item says matches the bucket: a failed key is absent, a done one has the size.
        const HeadObjectResult head = runJob(m_client->headObject({u"tq1"_s, i.key}));
        if (i.state == TransferState::Done)
            QCOMPARE(head.head.size, files.value(i.key.mid(prefix.size())).size());
        else
            QCOMPARE(head.error.httpStatus(), 404);
    }
    QVERIFY(unfinishedUploads(m_sandbox, u"tq1"_s).isEmpty());
    QVERIFY(uploaded.contains(u"small.txt"_s));

    // Download under the same rules (the GET rules fire here), ranged in 1 MiB parts.
    m_sandbox.server().setFaultRules(FaultRules::fromJson(rules, &error));
    const QString down = m_dir.filePath(u"fault-down-%1"_s.arg(m_case));
    queue->removeFinished();
    queue->enqueueDownloadPrefix(m_client.get(), u"tq1"_s, prefix, down);
    QVERIFY(waitIdle(*queue));
    for (const TransferItem &i : queue->items())
        QVERIFY2(i.state == TransferState::Done, qPrintable(i.key + u": "_s + i.error));
    QCOMPARE(tree(down), uploaded); // byte-identical, and no .part left
}

// A 2 MiB tmpfs (we are root in CI's container; elsewhere the test is skipped, saying why).
void TestTransferQueue::fullDiskFailsTheDownloadAndRemovesThePart()
{
    const QString mount = m_dir.filePath(u"tiny"_s);
    QVERIFY(QDir().mkpath(mount));
    const SandboxFixture::ToolRun mounted = SandboxFixture::runTool(u"mount"_s,
        {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, mount},
        QProcessEnvironment::systemEnvironment(),
        10000);
    if (mounted.exitCode != 0)
        QSKIP(qPrintable(u"cannot mount a small tmpfs here: "_s + QString::fromLocal8Bit(mounted.err)));
    const auto unmount = qScopeGuard([&] {
        SandboxFixture::runTool(u"umount"_s, {mount}, QProcessEnvironment::systemEnvironment(), 10000);
    });
    const QString path = makeFile(u"too-big.bin"_s, patternBytes(6 * kMiB, 91));
    auto queue = makeQueue(1, 2);
    queue->enqueueUpload(m_client.get(), path, u"tq1"_s, u"too-big.bin"_s);
    QVERIFY(waitIdle(*queue));
    const int id = queue->enqueueDownload(
        m_client.get(), u"tq1"_s, u"too-big.bin"_s, mount + u"/too-big.bin"_s, mount);
    QVERIFY(waitIdle(*queue));
    const TransferItem item = queue->item(id);
    QCOMPARE(item.state, TransferState::Failed);
    QVERIFY2(item.error.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(item.error));
    QThreadPool::globalInstance()->waitForDone();
    QCOMPARE(QDir(mount).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// A multipart object's ETag is not an MD5; Skylight's uploads record their part size, so a flipped
// byte in one ranged GET is caught by the "MD5 of part MD5s" check and the object fetched again
// (found by the soak, where it had gone through unnoticed).
void TestTransferQueue::corruptRangeOfAMultipartObjectIsFetchedAgain()
{
    const QByteArray data = patternBytes(12 * kMiB + 3, 71);
    auto queue = makeQueue(1, 2);
    queue->enqueueUpload(m_client.get(), makeFile(u"mp-corrupt.bin"_s, data), u"tq1"_s, u"mp-corrupt.bin"_s);
    QVERIFY(waitIdle(*queue));
    const HeadObjectResult head = runJob(m_client->headObject({u"tq1"_s, u"mp-corrupt.bin"_s}));
    QVERIFY(head.head.etag.endsWith("-3\""));
    QCOMPARE(head.head.metadata.value(u"skylight-part-size"_s), QString::number(5 * kMiB));

    QString error;
    m_sandbox.server().setFaultRules(FaultRules::fromJson(
        R"({"rules": [{"method": "GET", "glob": "/tq1/mp-corrupt.bin", "nth": 2, "action": "corrupt"}]})",
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString target = m_dir.filePath(u"mp-corrupt-back.bin"_s);
    const int id = queue->enqueueDownload(m_client.get(), u"tq1"_s, u"mp-corrupt.bin"_s, target);
    QVERIFY(waitIdle(*queue));
    QCOMPARE(queue->item(id).state, TransferState::Done);
    QVERIFY(readFile(target) == data);
    QVERIFY(!QFile::exists(Download::partPath(target)));
}

// Many small files: the sandbox answers every PUT 400 ms late, so the time the folder takes bounds
// from below how many PUTs were in flight at once (one at a time: 48 × 0.4 s = 19.2 s). The sandbox
// must not hold one connection's PUT while another's body is flushed, and the queue must keep
// several going. A generous bound (3 at once on average), not a benchmark.
void TestTransferQueue::smallFilesAreInFlightTogether()
{
    constexpr int kFiles = 48;
    constexpr int kDelayMs = 400;
    const QString src = u"small-src-%1"_s.arg(m_case);
    for (int i = 0; i < kFiles; ++i)
        QVERIFY(!makeFile(src + u"/f%1"_s.arg(i), patternBytes(4096, i)).isEmpty());
    QString error;
    m_sandbox.server().setFaultRules(FaultRules::fromJson(
        R"({"rules": [{"method": "PUT", "glob": "/tq2/small/*", "action": "delay", "ms": 400}]})", &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto queue = makeQueue(8, 8);
    QElapsedTimer clock;
    clock.start();
    queue->enqueueUploadFolder(m_client.get(), m_dir.filePath(src), u"tq2"_s, u"small/"_s);
    QVERIFY(waitIdle(*queue));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(queue->items().size(), kFiles);
    QVERIFY2(states(*queue).isEmpty(), qPrintable(states(*queue)));
    QVERIFY2(elapsed >= kDelayMs, "the delay rule did not fire");
    QVERIFY2(elapsed < qint64(kFiles) * kDelayMs / 3,
        qPrintable(u"%1 files took %2 ms: fewer than 3 PUTs at once"_s.arg(kFiles).arg(elapsed)));
    const HeadObjectResult head = runJob(m_client->headObject({u"tq2"_s, u"small/f7"_s}));
    QCOMPARE(head.head.size, 4096);
    QCOMPARE(head.head.plainMd5(),
        QCryptographicHash::hash(patternBytes(4096, 7), QCryptographicHash::Md5).toHex());
}

void TestTransferQueue::smallFilesBorrowFreePartSlots()
{
    // 2 files and 10 parts: small files beyond the 2 run on free part slots, so 12 PUTs are held by
    // the delay rule at once (more than Qt's 6 connections per manager), never more. A batch
    // cancelled while its PUTs are held, then another batch that again gets 12: every slot came
    // back, whether the file was sent or cancelled.
    constexpr int kFiles = 24;
    const QString src = u"borrow-src-%1"_s.arg(m_case);
    for (int i = 0; i < kFiles; ++i)
        QVERIFY(!makeFile(src + u"/f%1"_s.arg(i), patternBytes(4096, i)).isEmpty());
    QString error;
    m_sandbox.server().setFaultRules(FaultRules::fromJson(
        R"json({"rules": [{"method": "PUT", "glob": "/tq2/borrow/*", "action": "delay", "ms": 500}]})json",
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto queue = makeQueue(2, 10);
    HttpTransport &transport = m_sandbox.transport();
    QCOMPARE(transport.requestsInFlight(), 0);
    int most = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { most = qMax(most, transport.requestsInFlight()); });
    sampler.start(10);
    for (int batch = 0; batch < 3; ++batch) {
        most = 0;
        const int group = queue->enqueueUploadFolder(
            m_client.get(), m_dir.filePath(src), u"tq2"_s, u"borrow/%1/"_s.arg(batch));
        if (batch == 1) {
            QTRY_COMPARE_WITH_TIMEOUT(most, 2 + 10, 10000);
            queue->cancel(group);
        }
        QVERIFY(waitIdle(*queue));
        QCOMPARE(most, 2 + 10);
        QCOMPARE(queue->groupItems(group).size(), kFiles);
        for (const TransferItem &i : queue->groupItems(group))
            QCOMPARE(i.state, batch == 1 ? TransferState::Canceled : TransferState::Done);
    }
    QCOMPARE(queue->items().size(), 3 * kFiles);
    QTRY_COMPARE(transport.requestsInFlight(), 0);
    const HeadObjectResult head = runJob(m_client->headObject({u"tq2"_s, u"borrow/2/f23"_s}));
    QCOMPARE(head.head.size, 4096);
}

QTEST_GUILESS_MAIN(TestTransferQueue)
#include "tst_transferqueue.moc"
