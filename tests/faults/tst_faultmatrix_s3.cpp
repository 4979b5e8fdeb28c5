// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix (TESTING.md §6.1) for the S3 operations: GET (one request and ranged), PUT,
// UploadPart, CompleteMultipartUpload, a listing page and PutBucketWebsite, each under the faults
// N1–N21 that mean something for it, injected by the in-process sandbox's fault rules over real
// loopback sockets. Every cell ends succeeded or failed with a clear error, and in both cases with
// nothing lost: no NAME.part, the old local file or remote object intact, no unfinished multipart
// upload, and a journal that is empty or resumes. Which cell is where: tests/faults/MATRIX.md.
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include "clouds/profilepresets.h"
#include "faultcell.h"
#include "faultrules.h"
#include "s3/listobjectsjob.h"
#include "s3/s3client.h"
#include "s3faultrows.h"
#include "s3testsupport.h"
#include "sandboxserver.h"
#include "transfer/download.h"
#include "transfer/transferqueue.h"
#include "transport/httptransport.h"
#include "website/putbucketwebsitejob.h"
#include "website/websiteconfiguration.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
const QByteArray kOldLocal = "the old local file, which a failed download must leave alone\n";
const QByteArray kOldObject = "the old object, which a failed upload must leave alone\n";
const QByteArray kOldWebsite
    = "<WebsiteConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
      "<IndexDocument><Suffix>old.html</Suffix></IndexDocument></WebsiteConfiguration>";
const QByteArray kNewWebsite
    = "<WebsiteConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
      "<IndexDocument><Suffix>new.html</Suffix></IndexDocument></WebsiteConfiguration>";

// Turns the event loop without QTest's 10 ms naps (they starve the in-process sandbox).
template <typename Done> bool spin(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

struct Outcome
{
    bool ok = false;
    QString error;
    qint64 elapsedMs = 0;
};

} // namespace

class TestFaultMatrixS3 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void matrix_data();
    void matrix();

private:
    std::unique_ptr<S3Client> makeClient(const QString &how);
    Outcome runGet(S3Client *client, bool ranged, const QString &how, const QString &dir);
    Outcome runUpload(S3Client *client, bool multipart, const QString &how, const QString &dir);
    Outcome runList(S3Client *client);
    Outcome runWebsite(S3Client *client);
    QByteArray remote(const QString &key);
    void clearRules(); // keeps how many requests each rule matched in m_matched

    QList<int> m_matched;
    SandboxFixture m_s {QStringList {u"us-east-1"_s, u"eu-west-1"_s}};
    std::unique_ptr<HttpTransport> m_transport; // the case's client side, fresh for each case
    QTemporaryDir m_dir;
    QByteArray m_single;
    QByteArray m_ranged;
    QStringList m_listed;
    int m_case = 0;
    QString m_key;         // the case's upload key
    QByteArray m_uploaded; // what the case's upload sends…
    QByteArray m_changed;  // …and what the file holds after a change mid-upload (N21)
};

void TestFaultMatrixS3::initTestCase()
{
    QVERIFY(m_s.start());
    QVERIFY(m_dir.isValid());
    m_s.clientClock.set(QDateTime::currentDateTimeUtc());
    for (const char *bucket : {"fmo", "fmw"}) {
        const HttpResponse r = m_s.send(m_s.request("PUT", QString::fromLatin1(bucket)));
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    }
    m_single = patternBytes(300 * 1024 + 3, 1);
    m_ranged = patternBytes(kMiB + 5, 2);
    for (const auto &[key, data] :
        {std::pair {u"g/single.bin"_s, m_single}, std::pair {u"g/ranged.bin"_s, m_ranged}}) {
        HttpRequest put = m_s.request("PUT", u"fmo"_s, key);
        put.body = data;
        QVERIFY(m_s.send(put).error.isOk());
    }
    m_s.createObjects(u"fml"_s, 12, u"l/"_s);
    for (int i = 0; i < 12; ++i)
        m_listed.append(u"l/key-%1"_s.arg(i, 6, 10, QChar(u'0')));
}

void TestFaultMatrixS3::init()
{
    ++m_case;
    m_s.server().setFaultRules({});
    m_matched.clear();
    m_s.clientClock.set(QDateTime::currentDateTimeUtc());
    m_transport = std::make_unique<HttpTransport>();
    RetryPolicy fast; // the properties under test do not depend on the length of the waits
    fast.baseDelayMs = 10;
    fast.throttleBaseDelayMs = 20;
    fast.maxDelayMs = 200;
    fast.maxRetryAfterMs = 300;
    m_transport->setRetryPolicy(fast);
    m_transport->setTransferTimeoutMs(500);
}

std::unique_ptr<S3Client> TestFaultMatrixS3::makeClient(const QString &how)
{
    CloudProfile profile = ProfilePresets::sandbox(m_s.port());
    if (how == u"refused") {
        QTcpServer gone;
        gone.listen(QHostAddress::LocalHost);
        profile = ProfilePresets::sandbox(gone.serverPort());
    } else if (how == u"unknownHost") {
        profile.s3Endpoint = u"http://no-such-host.invalid:9"_s;
    } else if (how == u"wrongRegion") {
        profile.regions = {u"eu-west-1"_s};
        profile.defaultRegion = u"eu-west-1"_s;
    }
    return std::make_unique<S3Client>(m_transport.get(), profile, SandboxFixture::credentials());
}

void TestFaultMatrixS3::clearRules()
{
    const FaultRules &rules = m_s.server().faultRules();
    if (rules.isEmpty())
        return;
    m_matched.clear();
    for (qsizetype i = 0; i < rules.rules().size(); ++i)
        m_matched.append(rules.matchedCount(i));
    m_s.server().setFaultRules({});
}

QByteArray TestFaultMatrixS3::remote(const QString &key)
{
    const HttpResponse r = m_s.send(m_s.request("GET", u"fmo"_s, key));
    return r.error.isOk() ? r.body : "<" + r.error.toString().toUtf8() + ">";
}

Outcome TestFaultMatrixS3::runGet(S3Client *client, bool ranged, const QString &how, const QString &dir)
{
    const QString target = dir + u"/file.bin"_s;
    writeFile(target, kOldLocal);
    DownloadOptions options;
    options.chunkSize = ranged ? 256 * 1024 : 8 * kMiB;
    auto *download = new Download(
        client, {u"fmo"_s, ranged ? u"g/ranged.bin"_s : u"g/single.bin"_s, target, dir}, options);
    std::optional<DownloadResult> result;
    qint64 lastDone = -1;
    bool backwards = false;
    int progressBeforeEnd = 0; // progress reports while the bytes were still coming
    const qint64 size = (ranged ? m_ranged : m_single).size();
    connect(download, &Download::finished, this, [&](const DownloadResult &r) { result = r; });
    connect(download, &Download::progress, this, [&](qint64 done, qint64) {
        backwards = backwards || done < lastDone;
        lastDone = done;
        if (done > 0 && done < size)
            ++progressBeforeEnd;
    });
    QElapsedTimer clock;
    clock.start();
    download->start();
    qint64 cancelledAt = -1;
    if (how == u"dripCancel") {
        // Cancelled once the drip has shown progress twice (at 1 KiB per 100 ms that is about
        // 300 ms in; a fixed 300 ms was too early on a loaded machine).
        spin([&] { return progressBeforeEnd >= 2 || result.has_value(); }, 10000);
        if (!result) {
            cancelledAt = clock.elapsed();
            download->cancel();
        }
    }
    if (!spin([&] { return result.has_value(); }, 60000))
        return {false, u"<the download never finished>"_s, clock.elapsed()};
    QThreadPool::globalInstance()->waitForDone(); // file work runs off the event loop
    Outcome outcome {
        result->error.isOk(), result->error.isOk() ? QString() : result->error.toString(), clock.elapsed()};
    // Nothing half-written: no NAME.part, and the target is the whole object or the old file.
    const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    [&] {
        QCOMPARE(left, QStringList {u"file.bin"_s});
        if (how.startsWith(u"drip")) {
            QVERIFY2(!backwards, "progress went backwards");
            QVERIFY2(progressBeforeEnd >= 2, "a slow download showed no progress while it moved");
        }
        if (how == u"dripCancel") {
            QVERIFY2(cancelledAt >= 0, "the drip never showed progress, or finished before the cancel");
            QVERIFY2(outcome.elapsedMs - cancelledAt < 2000, "cancel took effect late");
        }
        if (outcome.ok)
            QVERIFY(readFile(target) == (ranged ? m_ranged : m_single));
        else
            QCOMPARE(readFile(target), kOldLocal);
    }();
    return outcome;
}

Outcome TestFaultMatrixS3::runUpload(S3Client *client, bool multipart, const QString &how, const QString &dir)
{
    const QString file = dir + u"/up.bin"_s;
    writeFile(file, m_uploaded);
    TransferQueue queue;
    queue.setMaxParts(4);
    queue.setMultipartThreshold(5 * kMiB);
    queue.setPartSize(5 * kMiB);
    queue.setJournalDirectory(dir + u"/journal"_s);
    QElapsedTimer clock;
    clock.start();
    const int id = queue.enqueueUpload(client, file, u"fmo"_s, m_key);
    if (how == u"cancel" || how == u"change") {
        // Rule 0 holds the request back: act while it is on its way.
        spin([&] { return m_s.server().faultRules().matchedCount(0) > 0 || queue.isIdle(); }, 30000);
        if (how == u"cancel")
            queue.cancel(id);
        else
            writeFile(file, m_changed); // same size, new bytes
    }
    spin([&] { return queue.isIdle(); }, 90000);
    const TransferItem item = queue.item(id);
    Outcome outcome {item.state == TransferState::Done, item.error, clock.elapsed()};
    if (item.state != TransferState::Done && item.error.isEmpty())
        outcome.error = u"<state %1 without an error>"_s.arg(int(item.state));
    if (item.state == TransferState::Canceled)
        outcome.error = u"canceled"_s;
    clearRules();
    // The journal is empty, or it resumes (rules off) to the whole new object.
    const QList<JournaledTransfer> journal = queue.journaledTransfers();
    if (!journal.isEmpty() && item.state != TransferState::Done) {
        queue.removeFinished();
        qInfo("the journal resumes %s", qPrintable(journal.first().key));
        const int resumed = queue.resumeJournaled(client, journal.first());
        spin([&] { return queue.isIdle(); }, 60000);
        if (queue.item(resumed).state == TransferState::Done)
            outcome = {true, {}, outcome.elapsedMs};
    }
    [&] {
        QVERIFY2(queue.journaledTransfers().isEmpty(), "a journal entry outlived its transfer");
        // Never an orphaned multipart upload (an abort may still be on its way after a cancel).
        QTRY_VERIFY_WITH_TIMEOUT(unfinishedUploads(m_s, u"fmo"_s).filter(m_key).isEmpty(), 10000);
        const QByteArray now = remote(m_key);
        if (outcome.ok) {
            // After a change mid-upload the queue sends the new file again, whole.
            QVERIFY2(now == (how == u"change" ? m_changed : m_uploaded), "the object is not what was sent");
        } else if (how == u"cancel" && multipart && now != kOldObject) {
            QVERIFY2(now == m_uploaded, "a canceled upload left a mix"); // Complete had been carried out
        } else {
            QVERIFY2(now == kOldObject, "a failed upload changed the old object");
        }
    }();
    return outcome;
}

Outcome TestFaultMatrixS3::runList(S3Client *client)
{
    QElapsedTimer clock;
    clock.start();
    QStringList keys;
    QString token;
    for (int page = 0; page < 10; ++page) {
        ListObjectsRequest request;
        request.bucket = u"fml"_s;
        request.prefix = u"l/"_s;
        request.maxKeys = 5;
        request.continuationToken = token;
        const ListObjectsResult r = runJob(client->listObjects(request));
        if (!r.error.isOk())
            return {false, r.error.toString(), clock.elapsed()};
        for (const ObjectEntry &e : r.page.objects)
            keys.append(e.key);
        token = r.page.nextToken;
        if (!r.page.truncated || token.isEmpty())
            break;
    }
    [&] {
        QCOMPARE(keys, m_listed);
    }(); // every key once, in order
    return {true, {}, clock.elapsed()};
}

Outcome TestFaultMatrixS3::runWebsite(S3Client *client)
{
    QElapsedTimer clock;
    clock.start();
    const auto configuration = WebsiteConfiguration::parse(kNewWebsite);
    if (!configuration.isOk())
        return {false, u"<the test's configuration does not parse>"_s, 0};
    const BucketWebsiteResult r = runJob(new PutBucketWebsiteJob(client, u"fmw"_s, configuration.value()));
    Outcome outcome {r.error.isOk(), r.error.isOk() ? QString() : r.error.toString(), clock.elapsed()};
    clearRules();
    const QByteArray stored = m_s.sendSubresource("GET", u"fmw"_s, "website").body;
    [&] {
        QVERIFY2(stored.contains(outcome.ok ? "new.html" : "old.html"), stored.constData());
    }();
    return outcome;
}

void TestFaultMatrixS3::matrix_data()
{
    addS3FaultRows();
}

void TestFaultMatrixS3::matrix()
{
    QFETCH(int, op);
    QFETCH(QByteArray, script);
    QFETCH(int, expect);
    QFETCH(QString, how);
    QFETCH(int, maxMatched);
    const QString dir = m_dir.filePath(u"case-%1"_s.arg(m_case));
    QVERIFY(QDir().mkpath(dir));
    const bool multipart = op == UploadPart || op == Complete;
    if (op == Put || multipart) {
        m_key = u"%1/obj-%2.bin"_s.arg(multipart ? u"m"_s : u"p"_s).arg(m_case);
        m_uploaded = patternBytes(multipart ? 10 * kMiB + 7 : 200 * 1024, 100 + m_case);
        m_changed = patternBytes(m_uploaded.size(), 5000 + m_case);
        HttpRequest put = m_s.request("PUT", u"fmo"_s, m_key);
        put.body = kOldObject;
        QVERIFY(m_s.send(put).error.isOk());
    }
    if (op == Website)
        QVERIFY(m_s.putSubresource(u"fmw"_s, "website", kOldWebsite).error.isOk());

    QString error;
    m_s.server().setFaultRules(FaultRules::fromJson(withPort(script, m_s.port()), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::unique_ptr<S3Client> client = makeClient(how);
    if (how == u"quota") {
        const QString endpoint = u"127.0.0.1:%1"_s.arg(m_s.port());
        while (m_transport->retryQuota().acquire(endpoint, false)) {}
    }

    Outcome outcome;
    switch (op) {
    case GetSingle:
    case GetRanged:
        outcome = runGet(client.get(), op == GetRanged, how, dir);
        break;
    case Put:
    case UploadPart:
    case Complete:
        outcome = runUpload(client.get(), multipart, how, dir);
        break;
    case List:
        outcome = runList(client.get());
        break;
    default:
        outcome = runWebsite(client.get());
        break;
    }
    if (QTest::currentTestFailed())
        return;
    clearRules();
    qInfo("%s after %lld ms%s%s",
        outcome.ok ? "succeeded" : "failed",
        outcome.elapsedMs,
        outcome.ok ? "" : ": ",
        qPrintable(outcome.error));
    if (Expect(expect) == Expect::Ok)
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
    if (Expect(expect) == Expect::Fail)
        QVERIFY2(!outcome.ok, "succeeded where it must fail");
    if (!outcome.ok && how != u"cancel") {
        // A clear error: it names what failed, never a bare code.
        QVERIFY2(outcome.error.size() > 12, qPrintable(outcome.error));
    }
    if (how == u"refused" || how == u"unknownHost")
        QVERIFY2(outcome.elapsedMs < 10000, "a dead endpoint must fail fast");
    if (how == u"retryAfter" && (op == GetSingle || op == Put || op == List || op == Website))
        QVERIFY2(outcome.elapsedMs >= 250 && outcome.elapsedMs < 4000, "Retry-After: 5 s, capped at 0.3 s");
    QVERIFY2(script == "[]" || m_matched.value(0) > 0, "the fault never fired: the rule's pattern is wrong");
    if (maxMatched > 0 && !m_matched.isEmpty())
        QVERIFY2(m_matched.at(0) <= maxMatched,
            qPrintable(u"the faulted request was sent %1 times"_s.arg(m_matched.at(0))));
    if (how == u"cancel" && op == UploadPart)
        QVERIFY2(m_matched.value(1) >= 2, "AbortMultipartUpload was refused once and not sent again");
    if (how == u"onePart")
        QCOMPARE(m_matched, (QList<int> {2, 1, 1})); // the faulted part once more, the others once
}

QTEST_GUILESS_MAIN(TestFaultMatrixS3)
#include "tst_faultmatrix_s3.moc"
