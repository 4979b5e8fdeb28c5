// SPDX-License-Identifier: GPL-3.0-or-later
// Server-side copies above CopyObject's limit: the CopyPartResult parser, UploadPartCopyJob with a
// range, and the TransferQueue's copy path with its part threshold lowered so that a 12 MiB object
// goes in 5 MiB UploadPartCopy parts. Bytes are checked by a GET of the sandbox's own, the ETag by
// the MD5s of the parts computed here, and a failing part leaves no unfinished upload behind.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "clouds/profilepresets.h"
#include "faultrules.h"
#include "s3/completemultipartuploadjob.h"
#include "s3/createbucketjob.h"
#include "s3/createmultipartuploadjob.h"
#include "s3/headobjectjob.h"
#include "s3/multipartparsers.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3/uploadpartcopyjob.h"
#include "s3testsupport.h"
#include "sandboxserver.h"
#include "transfer/transferqueue.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// The multipart ETag S3 gives parts of these sizes: MD5 of the parts' binary MD5s, "-N".
QByteArray multipartEtag(const QByteArray &data, qint64 partSize)
{
    QByteArray md5s;
    int parts = 0;
    for (qint64 at = 0; at < data.size(); at += partSize, ++parts)
        md5s += QCryptographicHash::hash(data.mid(at, partSize), QCryptographicHash::Md5);
    return '"' + QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex() + '-'
        + QByteArray::number(parts) + '"';
}

} // namespace

class TestServerCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void parsesCopyPartResult_data();
    void parsesCopyPartResult();
    void uploadPartCopyJobCopiesARange();
    void queueCopiesLargeSourcesInParts();
    void queueCopiesSmallSourcesWhole();
    void failingPartAbortsTheUpload();
    void lostCreateAnswerLeavesNoUpload();

private:
    bool put(const QString &key, const QByteArray &data, const QString &contentType = {});
    QByteArray get(const QString &bucket, const QString &key);

    SandboxFixture m_sandbox;
    std::unique_ptr<S3Client> m_client;
};

void TestServerCopy::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_client = std::make_unique<S3Client>(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    for (const QString &bucket : {u"sc-src"_s, u"sc-dst"_s})
        QVERIFY(runJob(m_client->createBucket({bucket, {}})).error.isOk());
}

void TestServerCopy::init()
{
    m_sandbox.server().setFaultRules({});
}

bool TestServerCopy::put(const QString &key, const QByteArray &data, const QString &contentType)
{
    PutObjectRequest request;
    request.bucket = u"sc-src"_s;
    request.key = key;
    request.data = data;
    request.contentType = contentType;
    return runJob(m_client->putObject(request)).error.isOk();
}

QByteArray TestServerCopy::get(const QString &bucket, const QString &key)
{
    const HttpResponse r = m_sandbox.send(m_sandbox.request("GET", bucket, key));
    return r.error.isOk() ? r.body : QByteArray("<GET failed: ") + r.error.toString().toUtf8() + '>';
}

void TestServerCopy::parsesCopyPartResult_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("etag");
    QTest::newRow("aws") << QByteArray(
        R"(<?xml version="1.0" encoding="UTF-8"?><CopyPartResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LastModified>2009-10-28T22:32:00.000Z</LastModified><ETag>"9b2cf535f27731c974343645a3985328"</ETag></CopyPartResult>)")
                         << true << QByteArray("\"9b2cf535f27731c974343645a3985328\"");
    QTest::newRow("no namespace, unquoted (radosgw)")
        << QByteArray("<CopyPartResult><ETag>abc</ETag></CopyPartResult>") << true << QByteArray("abc");
    QTest::newRow("error inside a 200")
        << QByteArray("<Error><Code>InternalError</Code><Message>try again</Message></Error>") << false
        << QByteArray();
    QTest::newRow("no ETag") << QByteArray("<CopyPartResult><LastModified>x</LastModified></CopyPartResult>")
                             << false << QByteArray();
    QTest::newRow("another answer") << QByteArray("<CopyObjectResult><ETag>abc</ETag></CopyObjectResult>")
                                    << false << QByteArray();
    QTest::newRow("dtd") << QByteArray(
        R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "E">]><CopyPartResult><ETag>&e;</ETag></CopyPartResult>)")
                         << false << QByteArray();
}

void TestServerCopy::parsesCopyPartResult()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QByteArray, etag);
    const Result<PartEntry> parsed = parseCopyPartResult(body);
    QCOMPARE(parsed.isOk(), ok);
    if (ok)
        QCOMPARE(parsed.value().etag, etag);
}

void TestServerCopy::uploadPartCopyJobCopiesARange()
{
    const QByteArray data = patternBytes(6 * kMiB + 123, 11);
    QVERIFY(put(u"range/source"_s, data));
    const CreateMultipartUploadResult created
        = runJob(m_client->createMultipartUpload({u"sc-dst"_s, u"range/copy"_s, {}, {}, {}}));
    QVERIFY(created.error.isOk());
    UploadPartCopyRequest request;
    request.bucket = u"sc-dst"_s;
    request.key = u"range/copy"_s;
    request.uploadId = created.upload.uploadId;
    request.sourceBucket = u"sc-src"_s;
    request.sourceKey = u"range/source"_s;
    request.partNumber = 1;
    request.first = 5 * kMiB; // the tail first, as part 1: the copy holds the tail, then the head
    request.last = data.size() - 1;
    const UploadPartCopyResult tail = runJob(m_client->uploadPartCopy(request));
    QVERIFY2(tail.error.isOk(), qPrintable(tail.error.toString()));
    QCOMPARE(
        tail.etag, '"' + QCryptographicHash::hash(data.mid(5 * kMiB), QCryptographicHash::Md5).toHex() + '"');
    request.partNumber = 2;
    request.first = 0;
    request.last = 5 * kMiB - 1;
    const UploadPartCopyResult head = runJob(m_client->uploadPartCopy(request));
    QVERIFY(head.error.isOk());
    // A range past the end is refused by the server, in words.
    request.partNumber = 3;
    request.first = 0;
    request.last = data.size();
    const UploadPartCopyResult refused = runJob(m_client->uploadPartCopy(request));
    QVERIFY(!refused.error.isOk());
    QCOMPARE(refused.error.httpStatus(), 400);

    // Part 1 is the tail and smaller than 5 MiB, so it cannot be first of two: complete with the
    // head alone (part 2) and check its bytes.
    const CompleteMultipartUploadResult done = runJob(m_client->completeMultipartUpload(
        {u"sc-dst"_s, u"range/copy"_s, created.upload.uploadId, {{2, head.etag, 5 * kMiB, {}, {}}}}));
    QVERIFY2(done.error.isOk(), qPrintable(done.error.toString()));
    QCOMPARE(get(u"sc-dst"_s, u"range/copy"_s), data.left(5 * kMiB));
}

void TestServerCopy::queueCopiesLargeSourcesInParts()
{
    const QByteArray data = patternBytes(12 * kMiB + 7, 21);
    QVERIFY(put(u"big/source.bin"_s, data, u"application/x-test"_s));
    TransferQueue queue;
    queue.setPartSize(5 * kMiB);
    queue.setCopyPartThreshold(5 * kMiB);
    QSignalSpy finished(&queue, &TransferQueue::itemFinished);
    const int id
        = queue.enqueueCopy(m_client.get(), u"sc-src"_s, u"big/source.bin"_s, u"sc-dst"_s, u"big/copy.bin"_s);
    QVERIFY(waitIdle(queue));
    const TransferItem item = queue.item(id);
    QVERIFY2(item.state == TransferState::Done, qPrintable(item.error));
    QCOMPARE(item.parts, 3); // 5 + 5 + 2 MiB
    QCOMPARE(item.bytesDone, data.size());
    QCOMPARE(finished.size(), 1);

    QCOMPARE(get(u"sc-dst"_s, u"big/copy.bin"_s), data);
    const HeadObjectResult head = runJob(m_client->headObject({u"sc-dst"_s, u"big/copy.bin"_s}));
    QVERIFY(head.error.isOk());
    QCOMPARE(head.head.etag, multipartEtag(data, 5 * kMiB));
    QCOMPARE(head.head.contentType, u"application/x-test"_s); // carried over from the source
    QVERIFY(unfinishedUploads(m_sandbox, u"sc-dst"_s).isEmpty());
}

void TestServerCopy::queueCopiesSmallSourcesWhole()
{
    const QByteArray data = patternBytes(3 * kMiB, 22);
    QVERIFY(put(u"small/source.bin"_s, data));
    TransferQueue queue;
    queue.setCopyPartThreshold(5 * kMiB);
    const int id = queue.enqueueCopy(
        m_client.get(), u"sc-src"_s, u"small/source.bin"_s, u"sc-dst"_s, u"small/copy.bin"_s);
    QVERIFY(waitIdle(queue));
    const TransferItem item = queue.item(id);
    QVERIFY2(item.state == TransferState::Done, qPrintable(item.error));
    QCOMPARE(item.parts, 0); // one CopyObject
    QCOMPARE(get(u"sc-dst"_s, u"small/copy.bin"_s), data);
    const HeadObjectResult head = runJob(m_client->headObject({u"sc-dst"_s, u"small/copy.bin"_s}));
    QCOMPARE(head.head.etag, '"' + QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex() + '"');
}

void TestServerCopy::failingPartAbortsTheUpload()
{
    QVERIFY(put(u"fail/source.bin"_s, patternBytes(11 * kMiB, 23)));
    QString error;
    m_sandbox.server().setFaultRules(FaultRules::fromJson(
        R"([{"method":"PUT","target":"fail/copy.bin.*partNumber=2","action":"error","status":403,"code":"AccessDenied"}])",
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    TransferQueue queue;
    queue.setPartSize(5 * kMiB);
    queue.setCopyPartThreshold(5 * kMiB);
    const int id = queue.enqueueCopy(
        m_client.get(), u"sc-src"_s, u"fail/source.bin"_s, u"sc-dst"_s, u"fail/copy.bin"_s);
    QVERIFY(waitIdle(queue));
    const TransferItem item = queue.item(id);
    QCOMPARE(item.state, TransferState::Failed);
    QVERIFY2(item.error.contains(u"AccessDenied"_s), qPrintable(item.error));
    QVERIFY(unfinishedUploads(m_sandbox, u"sc-dst"_s).isEmpty());
    QCOMPARE(runJob(m_client->headObject({u"sc-dst"_s, u"fail/copy.bin"_s})).error.httpStatus(), 404);
}

// The Create is carried out but its answer is lost: the copy fails, and the upload it created,
// whose id it never learnt, is found and aborted.
void TestServerCopy::lostCreateAnswerLeavesNoUpload()
{
    QVERIFY(put(u"lost/source.bin"_s, patternBytes(11 * kMiB, 29)));
    QString error;
    m_sandbox.server().setFaultRules(FaultRules::fromJson(
        R"json([{"method":"POST","target":"[?&]uploads(&|=|$)","action":"resetAfterBody","bytes":0}])json",
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    TransferQueue queue;
    queue.setPartSize(5 * kMiB);
    queue.setCopyPartThreshold(5 * kMiB);
    const int id = queue.enqueueCopy(
        m_client.get(), u"sc-src"_s, u"lost/source.bin"_s, u"sc-dst"_s, u"lost/copy.bin"_s);
    QVERIFY(waitIdle(queue));
    m_sandbox.server().setFaultRules({});
    QCOMPARE(queue.item(id).state, TransferState::Failed);
    QVERIFY2(unfinishedUploads(m_sandbox, u"sc-dst"_s).isEmpty(),
        qPrintable(unfinishedUploads(m_sandbox, u"sc-dst"_s).join(u", "_s)));
    QCOMPARE(runJob(m_client->headObject({u"sc-dst"_s, u"lost/copy.bin"_s})).error.httpStatus(), 404);
}

QTEST_GUILESS_MAIN(TestServerCopy)
#include "tst_servercopy.moc"
