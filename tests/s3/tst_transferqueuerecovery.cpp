// SPDX-License-Identifier: GPL-3.0-or-later
// The TransferQueue when a transfer is interrupted, against the in-process sandbox: pause/resume, a
// journal that survives the queue (upload and download), a file that changes while it uploads,
// cancel while paused, and the sandbox's fault rules (reset mid-part, truncated download, 503
// SlowDown, 200-with-Error on Complete, a full disk, a corrupt range). Every file ends
// byte-identical or clearly failed, with no NAME.part left and no unfinished multipart upload.
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include "s3/headobjectjob.h"
#include "tinydisk.h"
#include "transfer/download.h"
#include "transferqueuefixture.h"

using namespace Qt::StringLiterals;

class TestTransferQueueRecovery : public QObject, public TransferQueueFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSandbox({u"tq1"_s}); }
    void init() { nextCase(); }
    void pauseKeepsTheUploadAndResumeFinishesIt();
    void journalResumesAfterTheQueueIsGone();
    void journalResumesADownload();
    void fileChangingWhileUploadingIsSentAgain();
    void cancelWhilePausedAbortsTheUpload();
    void faults_data();
    void faults();
    void fullDiskFailsTheDownloadAndRemovesThePart();
    void corruptRangeOfAMultipartObjectIsFetchedAgain();
};

void TestTransferQueueRecovery::pauseKeepsTheUploadAndResumeFinishesIt()
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
    QVERIFY(fetchBack(*queue, u"paused.bin"_s, m_dir.filePath(u"pause-back/paused.bin"_s)) == data);
}

void TestTransferQueueRecovery::journalResumesAfterTheQueueIsGone()
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
    QVERIFY(fetchBack(*queue, u"journaled.bin"_s, m_dir.filePath(u"journal-back.bin"_s)) == data);
}

void TestTransferQueueRecovery::journalResumesADownload()
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

void TestTransferQueueRecovery::fileChangingWhileUploadingIsSentAgain()
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
    QVERIFY(fetchBack(*queue, u"changing.bin"_s, m_dir.filePath(u"changing-back.bin"_s)) == second);
}

void TestTransferQueueRecovery::cancelWhilePausedAbortsTheUpload()
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

void TestTransferQueueRecovery::faults_data()
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

void TestTransferQueueRecovery::faults()
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
void TestTransferQueueRecovery::fullDiskFailsTheDownloadAndRemovesThePart()
{
    const QString mount = m_dir.filePath(u"tiny"_s);
    const TinyDisk disk(mount, u"2m"_s);
    if (!disk.error().isEmpty())
        QSKIP(qPrintable(disk.error()));
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
void TestTransferQueueRecovery::corruptRangeOfAMultipartObjectIsFetchedAgain()
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

QTEST_GUILESS_MAIN(TestTransferQueueRecovery)
#include "tst_transferqueuerecovery.moc"
