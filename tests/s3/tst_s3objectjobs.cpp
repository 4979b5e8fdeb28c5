// SPDX-License-Identifier: GPL-3.0-or-later
// The object, bucket and multipart jobs of S3Client against the in-process sandbox.
#include <QBuffer>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

#include "clouds/profilepresets.h"
#include "hostilekeys.h"
#include "s3/abortmultipartuploadjob.h"
#include "s3/completemultipartuploadjob.h"
#include "s3/copyobjectjob.h"
#include "s3/createbucketjob.h"
#include "s3/createmultipartuploadjob.h"
#include "s3/deletebucketjob.h"
#include "s3/deleteobjectjob.h"
#include "s3/deleteobjectsjob.h"
#include "s3/getobjectjob.h"
#include "s3/headobjectjob.h"
#include "s3/listobjectsjob.h"
#include "s3/listpartsjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3/uploadpartjob.h"
#include "s3testsupport.h"

using namespace Qt::StringLiterals;

class TestS3ObjectJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void putHeadGetDelete();
    void rangedGets_data();
    void rangedGets();
    void getIntoASink();
    void missingObjectIs404();
    void batchDeleteOverOneThousand();
    void batchDeleteOfHostileKeys();
    void copyKeepsAndReplacesMetadata();
    void createAndDeleteBucket();
    void locationConstraintOnlyOutsideUsEast1();
    void multipartRoundTrip();
    void abortLeavesNoUpload();
    void completeWithAWrongEtagFails();

private:
    S3Client &client() { return *m_client; }
    SandboxFixture m_sandbox;
    std::unique_ptr<S3Client> m_client;
};

void TestS3ObjectJobs::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_client = std::make_unique<S3Client>(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    const auto made = runJob(client().createBucket({u"jobs"_s, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
}

void TestS3ObjectJobs::putHeadGetDelete()
{
    PutObjectRequest put;
    put.bucket = u"jobs"_s;
    put.key = u"dir/hello.txt"_s;
    put.data = "hello, world";
    put.contentType = u"text/plain"_s;
    put.metadata.insert(u"Colour"_s, u"blue"_s);
    const auto stored = runJob(client().putObject(put));
    QVERIFY2(stored.error.isOk(), qPrintable(stored.error.toString()));
    QCOMPARE(stored.md5Hex, QCryptographicHash::hash("hello, world", QCryptographicHash::Md5).toHex());

    const auto head = runJob(client().headObject({u"jobs"_s, put.key}));
    QVERIFY2(head.error.isOk(), qPrintable(head.error.toString()));
    QCOMPARE(head.head.size, 12);
    QCOMPARE(head.head.etag, stored.etag);
    QCOMPARE(head.head.plainMd5(), stored.md5Hex);
    QCOMPARE(head.head.contentType, u"text/plain"_s);
    QCOMPARE(head.head.metadata.value(u"colour"_s), u"blue"_s);

    GetObjectRequest get;
    get.bucket = u"jobs"_s;
    get.key = put.key;
    const auto got = runJob(client().getObject(get));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QCOMPARE(got.body, QByteArray("hello, world"));

    const auto gone = runJob(client().deleteObject({u"jobs"_s, put.key}));
    QVERIFY2(gone.error.isOk(), qPrintable(gone.error.toString()));
    const auto after = runJob(client().headObject({u"jobs"_s, put.key}));
    QCOMPARE(after.error.httpStatus(), 404);
}

void TestS3ObjectJobs::rangedGets_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("expectedLength");
    QTest::newRow("first byte") << qint64(0) << qint64(0) << qint64(1);
    QTest::newRow("middle") << qint64(100) << qint64(199) << qint64(100);
    QTest::newRow("last byte") << qint64(999) << qint64(999) << qint64(1);
    QTest::newRow("open end") << qint64(990) << qint64(-1) << qint64(10);
    QTest::newRow("end past size") << qint64(900) << qint64(5000) << qint64(100);
}

void TestS3ObjectJobs::rangedGets()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, expectedLength);
    const QByteArray data = patternBytes(1000);
    PutObjectRequest put {u"jobs"_s, u"ranges"_s, data, {}, {}, -1, {}, {}, {}};
    QVERIFY(runJob(client().putObject(put)).error.isOk());
    GetObjectRequest get;
    get.bucket = u"jobs"_s;
    get.key = u"ranges"_s;
    get.rangeStart = start;
    get.rangeEnd = end;
    const auto got = runJob(client().getObject(get));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.partial);
    QCOMPARE(got.head.size, 1000);
    QCOMPARE(got.body, data.mid(start, expectedLength));
}

void TestS3ObjectJobs::getIntoASink()
{
    const QByteArray data = patternBytes(70000, 3);
    QVERIFY(runJob(client().putObject({u"jobs"_s, u"sink"_s, data, {}, {}, -1, {}, {}, {}})).error.isOk());
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    GetObjectRequest get;
    get.bucket = u"jobs"_s;
    get.key = u"sink"_s;
    get.sink = &sink;
    const auto got = runJob(client().getObject(get));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.body.isEmpty());
    QCOMPARE(got.bytes, data.size());
    QCOMPARE(sink.data(), data);
}

void TestS3ObjectJobs::missingObjectIs404()
{
    GetObjectRequest get;
    get.bucket = u"jobs"_s;
    get.key = u"never-written"_s;
    const auto got = runJob(client().getObject(get));
    QCOMPARE(got.error.httpStatus(), 404);
}

void TestS3ObjectJobs::batchDeleteOverOneThousand()
{
    m_sandbox.createObjects(u"jobs"_s, 1203, u"many/"_s);
    ListObjectsRequest list;
    list.bucket = u"jobs"_s;
    list.prefix = u"many/"_s;
    QStringList keys;
    QString token;
    do {
        list.continuationToken = token;
        const auto page = runJob(client().listObjects(list));
        QVERIFY2(page.error.isOk(), qPrintable(page.error.toString()));
        for (const ObjectEntry &o : page.page.objects)
            keys.append(o.key);
        token = page.page.nextToken;
    } while (!token.isEmpty());
    QCOMPARE(keys.size(), 1203);
    const auto result = runJob(client().deleteObjects({u"jobs"_s, keys}));
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.outcome.deleted.size(), 1203);
    QVERIFY(result.outcome.errors.isEmpty());
    list.continuationToken.clear();
    const auto after = runJob(client().listObjects(list));
    QVERIFY(after.page.objects.isEmpty());
}

void TestS3ObjectJobs::batchDeleteOfHostileKeys()
{
    QVERIFY(runJob(client().createBucket({u"hostile"_s, {}})).error.isOk());
    QStringList keys = hostileKeys();
    for (const QString &key : std::as_const(keys)) {
        const auto put
            = runJob(client().putObject({u"hostile"_s, key, key.toUtf8(), {}, {}, -1, {}, {}, {}}));
        QVERIFY2(put.error.isOk(), qPrintable(put.error.toString()));
    }
    keys.append(u"never existed"_s); // S3 reports a missing key as deleted
    const auto result = runJob(client().deleteObjects({u"hostile"_s, keys}));
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QVERIFY(result.outcome.errors.isEmpty());
    QStringList deleted = result.outcome.deleted;
    deleted.sort();
    keys.sort();
    QCOMPARE(deleted, keys); // every key came back exactly as sent
    ListObjectsRequest list;
    list.bucket = u"hostile"_s;
    const auto after = runJob(client().listObjects(list));
    QVERIFY2(after.error.isOk(), qPrintable(after.error.toString()));
    QVERIFY(after.page.objects.isEmpty());
}

void TestS3ObjectJobs::copyKeepsAndReplacesMetadata()
{
    PutObjectRequest put {u"jobs"_s, u"copy source/a+b"_s, "copied bytes", {}, {}, -1, {}, u"text/x-a"_s, {}};
    put.metadata.insert(u"origin"_s, u"one"_s);
    QVERIFY(runJob(client().putObject(put)).error.isOk());

    CopyObjectRequest copy {u"jobs"_s, put.key, u"jobs"_s, u"copy target/kept"_s, {}, {}, false};
    const auto copied = runJob(client().copyObject(copy));
    QVERIFY2(copied.error.isOk(), qPrintable(copied.error.toString()));
    QVERIFY(!copied.etag.isEmpty());
    auto head = runJob(client().headObject({u"jobs"_s, copy.key}));
    QCOMPARE(head.head.metadata.value(u"origin"_s), u"one"_s);
    QCOMPARE(head.head.contentType, u"text/x-a"_s);

    copy.key = u"copy target/replaced"_s;
    copy.replaceMetadata = true;
    copy.metadata.insert(u"origin"_s, u"two"_s);
    copy.contentType = u"text/x-b"_s;
    QVERIFY(runJob(client().copyObject(copy)).error.isOk());
    head = runJob(client().headObject({u"jobs"_s, copy.key}));
    QCOMPARE(head.head.metadata.value(u"origin"_s), u"two"_s);
    QCOMPARE(head.head.contentType, u"text/x-b"_s);
    GetObjectRequest get;
    get.bucket = u"jobs"_s;
    get.key = copy.key;
    QCOMPARE(runJob(client().getObject(get)).body, QByteArray("copied bytes"));

    CopyObjectRequest missing {u"jobs"_s, u"no such key"_s, u"jobs"_s, u"x"_s, {}, {}, false};
    QCOMPARE(runJob(client().copyObject(missing)).error.httpStatus(), 404);
}

void TestS3ObjectJobs::createAndDeleteBucket()
{
    auto made = runJob(client().createBucket({u"short-lived"_s, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
    QVERIFY(runJob(client().putObject({u"short-lived"_s, u"k"_s, "x", {}, {}, -1, {}, {}, {}})).error.isOk());
    auto refused = runJob(client().deleteBucket({u"short-lived"_s, {}}));
    QCOMPARE(refused.error.serviceCode(), u"BucketNotEmpty"_s);
    QVERIFY(runJob(client().deleteObject({u"short-lived"_s, u"k"_s})).error.isOk());
    auto removed = runJob(client().deleteBucket({u"short-lived"_s, {}}));
    QVERIFY2(removed.error.isOk(), qPrintable(removed.error.toString()));
    made = runJob(client().createBucket({u"short-lived"_s, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
}

void TestS3ObjectJobs::locationConstraintOnlyOutsideUsEast1()
{
    QVERIFY(CreateBucketJob::configurationXml(u"us-east-1"_s).isEmpty());
    QVERIFY(CreateBucketJob::configurationXml({}).isEmpty());
    const QByteArray xml = CreateBucketJob::configurationXml(u"eu-west-1"_s);
    QVERIFY(xml.contains("<LocationConstraint>eu-west-1</LocationConstraint>"));
}

void TestS3ObjectJobs::multipartRoundTrip()
{
    const qint64 partSize = 5 * 1024 * 1024;
    const QByteArray data = patternBytes(2 * partSize + 123, 11);
    const auto created
        = runJob(client().createMultipartUpload({u"jobs"_s, u"big/object"_s, u"application/x-test"_s, {}}));
    QVERIFY2(created.error.isOk(), qPrintable(created.error.toString()));
    const QString uploadId = created.upload.uploadId;
    QList<PartEntry> parts;
    for (int i = 0; i * partSize < data.size(); ++i) {
        UploadPartRequest part;
        part.bucket = u"jobs"_s;
        part.key = u"big/object"_s;
        part.uploadId = uploadId;
        part.partNumber = i + 1;
        part.data = data.mid(i * partSize, partSize);
        const auto sent = runJob(client().uploadPart(part));
        QVERIFY2(sent.error.isOk(), qPrintable(sent.error.toString()));
        parts.append({sent.partNumber, sent.etag, part.data.size(), {}});
    }
    const auto listed = runJob(client().listParts({u"jobs"_s, u"big/object"_s, uploadId, 0, 2}));
    QVERIFY2(listed.error.isOk(), qPrintable(listed.error.toString()));
    QCOMPARE(listed.parts.parts.size(), 2);
    QVERIFY(listed.parts.truncated);
    QCOMPARE(listed.parts.parts.first().etag, parts.first().etag);

    std::reverse(parts.begin(), parts.end()); // the job sends them in order whatever it is given
    const auto done = runJob(client().completeMultipartUpload({u"jobs"_s, u"big/object"_s, uploadId, parts}));
    QVERIFY2(done.error.isOk(), qPrintable(done.error.toString()));
    QVERIFY(done.upload.etag.endsWith("-3\""));
    GetObjectRequest get;
    get.bucket = u"jobs"_s;
    get.key = u"big/object"_s;
    const auto got = runJob(client().getObject(get));
    QCOMPARE(got.head.contentType, u"application/x-test"_s);
    QVERIFY(got.body == data);
    QVERIFY(got.head.plainMd5().isEmpty()); // a multipart ETag is not an MD5
    QVERIFY(unfinishedUploads(m_sandbox, u"jobs"_s).isEmpty());
}

void TestS3ObjectJobs::abortLeavesNoUpload()
{
    const auto created = runJob(client().createMultipartUpload({u"jobs"_s, u"aborted"_s, {}, {}}));
    QVERIFY(created.error.isOk());
    QCOMPARE(unfinishedUploads(m_sandbox, u"jobs"_s).size(), 1);
    const auto aborted
        = runJob(client().abortMultipartUpload({u"jobs"_s, u"aborted"_s, created.upload.uploadId}));
    QVERIFY2(aborted.error.isOk(), qPrintable(aborted.error.toString()));
    QVERIFY(unfinishedUploads(m_sandbox, u"jobs"_s).isEmpty());
}

void TestS3ObjectJobs::completeWithAWrongEtagFails()
{
    const auto created = runJob(client().createMultipartUpload({u"jobs"_s, u"wrong"_s, {}, {}}));
    QVERIFY(created.error.isOk());
    UploadPartRequest part;
    part.bucket = u"jobs"_s;
    part.key = u"wrong"_s;
    part.uploadId = created.upload.uploadId;
    part.data = "only part";
    QVERIFY(runJob(client().uploadPart(part)).error.isOk());
    const auto done = runJob(client().completeMultipartUpload({u"jobs"_s,
        u"wrong"_s,
        created.upload.uploadId,
        {{1, "\"0123456789abcdef0123456789abcdef\"", 9, {}}}}));
    QCOMPARE(done.error.serviceCode(), u"InvalidPart"_s);
    QVERIFY(
        runJob(client().abortMultipartUpload({u"jobs"_s, u"wrong"_s, created.upload.uploadId})).error.isOk());
}

QTEST_GUILESS_MAIN(TestS3ObjectJobs)
#include "tst_s3objectjobs.moc"
