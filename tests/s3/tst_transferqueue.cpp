// SPDX-License-Identifier: GPL-3.0-or-later
// The TransferQueue end to end against the in-process sandbox: many files and a folder tree both
// ways, a prefix copied between buckets, hostile keys, name conflicts, and many small files in
// flight together (on free part slots too). Every file ends byte-identical or clearly failed.
// Pause, resume, the journal and the sandbox's fault rules: tst_transferqueuerecovery.
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "hostilekeys.h"
#include "s3/headobjectjob.h"
#include "s3/listobjectsjob.h"
#include "transfer/download.h"
#include "transferqueuefixture.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

class TestTransferQueue : public QObject, public TransferQueueFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSandbox({u"tq1"_s, u"tq2"_s, u"tq-hostile"_s}); }
    void init() { nextCase(); }
    void folderUpTreeDownKeepsStructure();
    void bucketToBucketPrefixCopy();
    void hostileKeysRoundTripInsideTheFolder();
    void conflictsSkipKeepBothAndAsk();
    void smallFilesAreInFlightTogether();
    void smallFilesBorrowFreePartSlots();
};

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
