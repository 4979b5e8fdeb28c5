// SPDX-License-Identifier: GPL-3.0-or-later
// The security review's checks that run in one process against the in-process sandbox:
//  - the sandbox refuses anonymous (and badly signed) writes: 403, nothing changed;
//  - downloads never leave the chosen folder, symbolic links included: a link to a folder outside,
//    a link planted as NAME.part, a link standing where the file goes (replaced, never written
//    through), and no folder made outside through a link either;
//  - journal files are 0600 whatever the umask;
//  - LOW authentication is refused over http (signer and profile);
//  - presigned SigV4 URLs are capped at 7 days and dated with the skew-corrected clock.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include "auth/lowauthsigner.h"
#include "clouds/profilepresets.h"
#include "s3/listbucketsjob.h"
#include "s3/s3client.h"
#include "sandboxfixture.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : mode_t(07777);
}

} // namespace

class TestSecurityCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anonymousWritesRefused_data();
    void anonymousWritesRefused();
    void downloadsStayInsideTheFolder();
    void journalFilesAre0600();
    void lowRefusedOverHttp();
    void presignCappedAndSkewCorrected();

private:
    void put(const QString &bucket, const QString &key, const QByteArray &body);
    SandboxFixture m_sandbox;
};

void TestSecurityCore::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QCOMPARE(m_sandbox.send(m_sandbox.request("PUT", u"guarded"_s)).status, 200);
    put(u"guarded"_s, u"kept.txt"_s, "the original");
}

void TestSecurityCore::put(const QString &bucket, const QString &key, const QByteArray &body)
{
    HttpRequest r = m_sandbox.request("PUT", bucket, key);
    r.body = body;
    QCOMPARE(m_sandbox.send(std::move(r)).status, 200);
}

void TestSecurityCore::anonymousWritesRefused_data()
{
    QTest::addColumn<QByteArray>("head");  // method and target
    QTest::addColumn<QByteArray>("extra"); // more header lines
    QTest::addColumn<QByteArray>("body");
    const QByteArray noAuth;
    const QByteArray fakeV4
        = "Authorization: AWS4-HMAC-SHA256 Credential=SKYLIGHTSANDBOX/20240101/us-east-1/s3/"
          "aws4_request, SignedHeaders=host, Signature="
        + QByteArray(64, '0') + "\r\n";
    const QByteArray fakeV2 = "Authorization: AWS SKYLIGHTSANDBOX:AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n";
    QTest::newRow("PUT object") << QByteArray("PUT /guarded/new.txt") << noAuth << QByteArray("evil");
    QTest::newRow("PUT over an object")
        << QByteArray("PUT /guarded/kept.txt") << noAuth << QByteArray("evil");
    QTest::newRow("PUT object, forged SigV4")
        << QByteArray("PUT /guarded/kept.txt") << fakeV4 << QByteArray("evil");
    QTest::newRow("PUT object, forged SigV2")
        << QByteArray("PUT /guarded/kept.txt") << fakeV2 << QByteArray("evil");
    QTest::newRow("PUT object, forged presign") << QByteArray(
        "PUT "
        "/guarded/kept.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=SKYLIGHTSANDBOX%2F20240101%2F"
        "us-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders="
        "host"
        "&X-Amz-Signature="
        + QByteArray(64, '0')) << noAuth << QByteArray("evil");
    QTest::newRow("copy onto an object")
        << QByteArray("PUT /guarded/copy.txt") << QByteArray("x-amz-copy-source: /guarded/kept.txt\r\n")
        << QByteArray();
    QTest::newRow("DELETE object") << QByteArray("DELETE /guarded/kept.txt") << noAuth << QByteArray();
    QTest::newRow("DELETE object, forged SigV4")
        << QByteArray("DELETE /guarded/kept.txt") << fakeV4 << QByteArray();
    QTest::newRow("multi-object delete")
        << QByteArray("POST /guarded?delete") << noAuth
        << QByteArray("<Delete><Object><Key>kept.txt</Key></Object></Delete>");
    QTest::newRow("create bucket") << QByteArray("PUT /intruder") << noAuth << QByteArray();
    QTest::newRow("DELETE bucket") << QByteArray("DELETE /guarded") << noAuth << QByteArray();
    QTest::newRow("start multipart") << QByteArray("POST /guarded/big.bin?uploads") << noAuth << QByteArray();
    QTest::newRow("upload a part") << QByteArray("PUT /guarded/big.bin?partNumber=1&uploadId=x") << noAuth
                                   << QByteArray("part");
    QTest::newRow("complete multipart")
        << QByteArray("POST /guarded/big.bin?uploadId=x") << noAuth
        << QByteArray("<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>e</ETag></Part>"
                      "</CompleteMultipartUpload>");
    QTest::newRow("abort multipart") << QByteArray("DELETE /guarded/big.bin?uploadId=x") << noAuth
                                     << QByteArray();
    QTest::newRow("PUT bucket ACL") << QByteArray("PUT /guarded?acl")
                                    << QByteArray("x-amz-acl: public-read-write\r\n") << QByteArray();
    QTest::newRow("PUT object ACL") << QByteArray("PUT /guarded/kept.txt?acl")
                                    << QByteArray("x-amz-acl: public-read\r\n") << QByteArray();
    QTest::newRow("PUT website") << QByteArray("PUT /guarded?website") << noAuth
                                 << QByteArray(
                                        "<WebsiteConfiguration><IndexDocument><Suffix>index.html</Suffix>"
                                        "</IndexDocument></WebsiteConfiguration>");
    QTest::newRow("PUT policy") << QByteArray("PUT /guarded?policy") << noAuth
                                << QByteArray(
                                       "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                       "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}");
    QTest::newRow("DELETE website") << QByteArray("DELETE /guarded?website") << noAuth << QByteArray();
}

void TestSecurityCore::anonymousWritesRefused()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, extra);
    QFETCH(QByteArray, body);
    const QByteArray raw = head + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_sandbox.port())
        + "\r\n" + extra + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    const HttpResponse response = m_sandbox.sendRawBytes(raw);
    QCOMPARE(response.status, 403);
    // Nothing changed: the object, its bytes, no new bucket, no new object, no website.
    const HttpResponse kept = m_sandbox.send(m_sandbox.request("GET", u"guarded"_s, u"kept.txt"_s));
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.body, QByteArray("the original"));
    QCOMPARE(m_sandbox.send(m_sandbox.request("HEAD", u"guarded"_s, u"new.txt"_s)).status, 404);
    QCOMPARE(m_sandbox.send(m_sandbox.request("HEAD", u"guarded"_s, u"copy.txt"_s)).status, 404);
    QCOMPARE(m_sandbox.send(m_sandbox.request("HEAD", u"intruder"_s)).status, 404);
    QCOMPARE(m_sandbox.sendSubresource("GET", u"guarded"_s, "website").status, 404);
    // And anonymous reads of the private object are refused too.
    const HttpResponse read = m_sandbox.sendRawBytes("GET /guarded/kept.txt HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(m_sandbox.port()) + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(read.status, 403);
    QVERIFY(!read.body.contains("the original"));
}

void TestSecurityCore::downloadsStayInsideTheFolder()
{
    QCOMPARE(m_sandbox.send(m_sandbox.request("PUT", u"links"_s)).status, 200);
    put(u"links"_s, u"plain.txt"_s, "plain");
    put(u"links"_s, u"out/escape.txt"_s, "escaped?");
    put(u"links"_s, u"deep/sub/made.txt"_s, "made?");
    put(u"links"_s, u"parted.txt"_s, "through the part file?");
    put(u"links"_s, u"replaced.txt"_s, "the object");

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString folder = root.filePath(u"chosen"_s);
    const QString outside = root.filePath(u"outside"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(writeFile(outside + u"/victim-part.txt"_s, "untouched part victim"));
    QVERIFY(writeFile(outside + u"/victim-target.txt"_s, "untouched target victim"));
    // Links planted inside the chosen folder, all pointing outside it.
    QVERIFY(QFile::link(outside, folder + u"/out"_s));
    QVERIFY(QFile::link(outside, folder + u"/deep"_s));
    QVERIFY(QFile::link(outside + u"/victim-part.txt"_s, folder + u"/parted.txt.part"_s));
    QVERIFY(QFile::link(outside + u"/victim-target.txt"_s, folder + u"/replaced.txt"_s));

    S3Client client(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    TransferQueue queue;
    QHash<QString, TransferItem> finished;
    connect(&queue, &TransferQueue::itemFinished, this, [&](const TransferItem &item) {
        finished.insert(item.key, item);
    });
    queue.enqueueDownloadPrefix(&client, u"links"_s, {}, folder);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 30000);

    QCOMPARE(finished.value(u"plain.txt"_s).state, TransferState::Done);
    QCOMPARE(readFile(folder + u"/plain.txt"_s), QByteArray("plain"));
    // A folder link: refused, nothing written or made outside.
    QCOMPARE(finished.value(u"out/escape.txt"_s).state, TransferState::Failed);
    QVERIFY(finished.value(u"out/escape.txt"_s).error.contains(u"outside"_s));
    QVERIFY(!QFile::exists(outside + u"/escape.txt"_s));
    QCOMPARE(finished.value(u"deep/sub/made.txt"_s).state, TransferState::Failed);
    QVERIFY(!QFileInfo::exists(outside + u"/sub"_s));
    // A link as NAME.part: refused, the file it points at untouched.
    QCOMPARE(finished.value(u"parted.txt"_s).state, TransferState::Failed);
    QCOMPARE(readFile(outside + u"/victim-part.txt"_s), QByteArray("untouched part victim"));
    QVERIFY(!QFile::exists(folder + u"/parted.txt"_s));
    // A link where the file goes: replaced by the file, never written through.
    QCOMPARE(finished.value(u"replaced.txt"_s).state, TransferState::Done);
    QCOMPARE(readFile(outside + u"/victim-target.txt"_s), QByteArray("untouched target victim"));
    QVERIFY(!QFileInfo(folder + u"/replaced.txt"_s).isSymLink());
    QCOMPARE(readFile(folder + u"/replaced.txt"_s), QByteArray("the object"));
    // Nothing else appeared outside.
    QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
}

void TestSecurityCore::journalFilesAre0600()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const mode_t old = ::umask(0); // the most permissive umask: the journal sets its own modes
    TransferJournal journal(dir.filePath(u"journal"_s));
    JournalRecord record;
    record.bucket = u"b"_s;
    record.key = u"k"_s;
    record.localPath = dir.filePath(u"file.bin"_s);
    record.upload.uploadId = u"upload-1"_s;
    const QString file = journal.fileFor(record);
    QDir().mkpath(QFileInfo(file).absolutePath());
    const bool saved = journal.save(file, record);
    ::umask(old);
    QVERIFY(saved);
    QCOMPARE(modeOf(file), mode_t(0600));
}

void TestSecurityCore::lowRefusedOverHttp()
{
    const LowAuthSigner signer;
    HttpRequest r;
    r.scheme = "http";
    r.host = "s3.us.archive.org";
    r.path = "/item/file.txt";
    const QString problem = signer.sign(r, Credentials("AKID", "CANARYLOWSECRET"), {});
    QVERIFY(!problem.isEmpty());
    QVERIFY(!r.hasHeader("Authorization"));
    QVERIFY(!problem.contains(u"CANARYLOWSECRET"_s));
    r.scheme = "https";
    QVERIFY(signer.sign(r, Credentials("AKID", "CANARYLOWSECRET"), {}).isEmpty());
    QVERIFY(r.header("Authorization").startsWith("LOW AKID:"));

    // A profile: the same refusal before anything is sent.
    CloudProfile p = ProfilePresets::sandbox(m_sandbox.port());
    p.s3Signing.algorithm = SigningAlgorithm::Low;
    QVERIFY(!p.problems().filter(u"LOW"_s).isEmpty());
}

void TestSecurityCore::presignCappedAndSkewCorrected()
{
    put(u"guarded"_s, u"shared.txt"_s, "shared body");
    // This client's clock is 40 minutes slow; the first signed request teaches it the offset.
    m_sandbox.clientClock.advance(-40 * 60);
    S3Client client(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    ListBucketsJob *job = client.listBuckets();
    bool done = false;
    ApiError listError;
    connect(job, &ListBucketsJob::finished, this, [&](const ListBucketsResult &r) {
        listError = r.error;
        done = true;
    });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(listError.isOk(), qPrintable(listError.toString())); // after one skew-corrected retry

    QString error;
    const QUrl week = client.presign("GET", u"guarded"_s, u"shared.txt"_s, 604800, &error);
    QVERIFY2(week.isValid() && !week.isEmpty(), qPrintable(error));
    const QUrlQuery q(week);
    QCOMPARE(q.queryItemValue(u"X-Amz-Expires"_s), u"604800"_s);
    const QDateTime signedAt
        = QDateTime::fromString(q.queryItemValue(u"X-Amz-Date"_s), u"yyyyMMddTHHmmssZ"_s);
    QVERIFY(signedAt.isValid());
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    // Dated by the server's clock (the real one here), not the client's 40-minutes-slow one.
    QVERIFY2(qAbs(QDateTime(signedAt.date(), signedAt.time(), QTimeZone::utc()).secsTo(realNow)) < 120,
        qPrintable(signedAt.toString(Qt::ISODate)));
    const HttpResponse fetched = m_sandbox.sendRawBytes("GET "
        + week.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(m_sandbox.port()) + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, QByteArray("shared body"));

    // One second more than 7 days: no URL, a reason.
    error.clear();
    const QUrl tooLong = client.presign("GET", u"guarded"_s, u"shared.txt"_s, 604801, &error);
    QVERIFY(tooLong.isEmpty());
    QVERIFY(error.contains(u"604800"_s));
    m_sandbox.clientClock.advance(40 * 60);
}

QTEST_GUILESS_MAIN(TestSecurityCore)
#include "tst_securitycore.moc"
