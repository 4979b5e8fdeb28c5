// SPDX-License-Identifier: GPL-3.0-or-later
// S3Client's jobs against the sandbox, radosgw and s3rver (S3Target), with the profile a user would
// make for each (the sandbox preset; "S3-compatible" for the others): buckets, listing pages with
// prefixes and hostile keys, put/head/get/delete, ranges, sinks, batch delete, copy, multipart.
// Where s3rver lacks an operation or gets one wrong, the test checks that Skylight says so.
#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

#include "../s3/s3testsupport.h"
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
#include "s3/listbucketsjob.h"
#include "s3/listobjectsjob.h"
#include "s3/listpartsjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "s3/uploadpartjob.h"
#include "s3target.h"
#include "transfer/transferqueue.h"

using namespace Qt::StringLiterals;

namespace {

// A character XML 1.0 cannot carry, not even as a character reference.
bool notInXml(const QString &key)
{
    return std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
    });
}

} // namespace

class TestSharedClientJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsBuckets();
    void pagesThroughAFolderTree();
    void hostileKeysListBackExactly();
    void missingBucketIsAnError();
    void putHeadGetDelete();
    void rangedGets_data();
    void rangedGets();
    void getIntoASink();
    void missingObjectIs404();
    void batchDeleteOfHostileKeys();
    void copyKeepsAndReplacesMetadata();
    void createAndDeleteBucket();
    void multipartRoundTrip();
    void abortLeavesNoUpload();
    void completeWithAWrongEtagFails();
    void queueCopiesInPartCopies();

private:
    S3Client &client() { return *m_client; }
    PutObjectRequest put(const QString &bucket, const QString &key, const QByteArray &data) const
    {
        return {bucket, key, data, {}, {}, -1, {}, {}, {}, {}};
    }
    QStringList unfinishedUploads(const QString &bucket);
    S3Target m_t;
    std::unique_ptr<S3Client> m_client;
    QString m_jobs;
};

void TestSharedClientJobs::initTestCase()
{
    QString why;
    QVERIFY2(m_t.start(&why), qPrintable(why));
    qInfo("target: %s", qPrintable(m_t.name()));
    m_client = std::make_unique<S3Client>(&m_t.transport(), m_t.profile(), m_t.credentials());
    m_jobs = m_t.bucket(u"jobs"_s);
    const auto made = runJob(client().createBucket({m_jobs, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
}

QStringList TestSharedClientJobs::unfinishedUploads(const QString &bucket)
{
    HttpRequest r = m_t.request("GET", bucket);
    r.addBareQuery("uploads");
    const HttpResponse response = m_t.send(r);
    const auto list = parseListMultipartUploads(response.body);
    if (!list.isOk())
        return {u"<cannot list: "_s + response.error.toString() + u">"_s};
    QStringList ids;
    for (const MultipartUploadEntry &u : list.value().uploads)
        ids.append(u.key + u':' + u.uploadId);
    return ids;
}

void TestSharedClientJobs::listsBuckets()
{
    const QStringList mine = {m_t.bucket(u"alpha"_s), m_t.bucket(u"beta"_s)};
    for (const QString &b : mine)
        QVERIFY(runJob(client().createBucket({b, {}})).error.isOk());
    const auto result = runJob(client().listBuckets());
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QStringList names;
    for (const BucketEntry &b : result.list.buckets) {
        names.append(b.name);
        QVERIFY(b.created.isValid());
    }
    for (const QString &b : mine + QStringList {m_jobs})
        QVERIFY2(names.contains(b), qPrintable(b));
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted); // S3 lists buckets by name
}

void TestSharedClientJobs::pagesThroughAFolderTree()
{
    const QString tree = m_t.bucket(u"tree"_s);
    QVERIFY(m_t.createBucket(tree));
    for (int i = 0; i < 7; ++i)
        QVERIFY(m_t.putObject(tree, u"top-%1"_s.arg(i), "x"));
    for (const QString &dir : {u"a/"_s, u"b/"_s, u"c/"_s})
        QVERIFY(m_t.putObject(tree, dir + u"file"_s, "x"));
    // Pages of 3 with a delimiter: keys and prefixes together, every entry exactly once.
    QStringList seen;
    QString token;
    int pages = 0;
    do {
        ListObjectsRequest request;
        request.bucket = tree;
        request.delimiter = u"/"_s;
        request.maxKeys = 3;
        request.continuationToken = token;
        const auto result = runJob(client().listObjects(request));
        QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
        for (const ObjectEntry &o : result.page.objects)
            seen.append(o.key);
        seen += result.page.commonPrefixes;
        token = result.page.nextToken;
        QVERIFY(++pages < 10);
    } while (!token.isEmpty());
    // s3rver differs from AWS: max-keys counts keys only (7 keys: 3 pages, the prefixes on the first).
    QCOMPARE(pages, m_t.isS3rver() ? 3 : 4); // 10 entries, 3 a page
    seen.sort();
    QCOMPARE(seen,
        (QStringList {u"a/"_s,
            u"b/"_s,
            u"c/"_s,
            u"top-0"_s,
            u"top-1"_s,
            u"top-2"_s,
            u"top-3"_s,
            u"top-4"_s,
            u"top-5"_s,
            u"top-6"_s}));
}

void TestSharedClientJobs::hostileKeysListBackExactly()
{
    const QString tricky = m_t.bucket(u"tricky"_s);
    QVERIFY(m_t.createBucket(tricky));
    QStringList expected = hostileKeys();
    if (m_t.isS3rver()) {
        // s3rver keeps keys as file paths (S3Target::s3rverKeyFate, checked key by key in
        // tst_sharedkeys): Skylight must list what it stored, under the key it stored it as; a key
        // it refuses is an error for Skylight's PUT.
        QStringList stored;
        for (const QString &key : std::as_const(expected)) {
            QString listedAs;
            const S3Target::S3rverKeyFate fate = S3Target::s3rverKeyFate(key, &listedAs);
            if (fate == S3Target::S3rverKeyFate::Refused) {
                const auto refused = runJob(client().putObject(put(tricky, key, key.toUtf8())));
                QCOMPARE(refused.error.httpStatus(), 404);
            }
            if (fate != S3Target::S3rverKeyFate::Kept && fate != S3Target::S3rverKeyFate::Renamed)
                continue;
            QVERIFY2(
                runJob(client().putObject(put(tricky, key, key.toUtf8()))).error.isOk(), qPrintable(key));
            if (!stored.contains(listedAs))
                stored.append(listedAs);
        }
        expected = stored;
        // s3rver bug: it ignores encoding-type=url and writes keys into the XML as they are, so a
        // key with a character XML 1.0 cannot carry (U+0001) makes the listing unreadable, and a
        // carriage return reaches the reader as a line feed (XML line-end normalisation).
        ListObjectsRequest request;
        request.bucket = tricky;
        const auto unreadable = runJob(client().listObjects(request));
        QCOMPARE(unreadable.error.kind(), ApiError::Kind::Parse);
        for (const QString &key : std::as_const(expected)) {
            if (notInXml(key))
                QVERIFY(runJob(client().deleteObject({tricky, key})).error.isOk());
        }
        expected.removeIf(notInXml);
        for (QString &key : expected)
            key.replace(u'\r', u'\n');
    } else {
        for (const QString &key : std::as_const(expected))
            QVERIFY2(m_t.putObject(tricky, key, key.toUtf8()), qPrintable(key));
    }
    ListObjectsRequest request;
    request.bucket = tricky;
    const auto result = runJob(client().listObjects(request));
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QStringList listed;
    for (const ObjectEntry &o : result.page.objects)
        listed.append(o.key);
    const auto byteOrder = [](const QString &a, const QString &b) {
        return a.toUtf8() < b.toUtf8();
    };
    std::sort(expected.begin(), expected.end(), byteOrder);
    if (m_t.isS3rver()) {
        // s3rver bug: listed in the order of its files, not of the keys (tst_sharedlistings).
        QVERIFY(listed != expected);
        std::sort(listed.begin(), listed.end(), byteOrder);
    }
    QCOMPARE(listed, expected); // byte order, every key exact: control characters, NFC/NFD, "..", "a//b"
}

void TestSharedClientJobs::missingBucketIsAnError()
{
    ListObjectsRequest request;
    request.bucket = m_t.bucket(u"no-such-bucket"_s);
    const auto result = runJob(client().listObjects(request));
    QCOMPARE(result.error.serviceCode(), u"NoSuchBucket"_s);
    QCOMPARE(result.error.humanSentence(), u"The bucket does not exist."_s);
}

void TestSharedClientJobs::putHeadGetDelete()
{
    PutObjectRequest request = put(m_jobs, u"dir/hello.txt"_s, "hello, world");
    request.contentType = u"text/plain"_s;
    request.metadata.insert(u"Colour"_s, u"blue"_s);
    const auto stored = runJob(client().putObject(request));
    QVERIFY2(stored.error.isOk(), qPrintable(stored.error.toString()));
    QCOMPARE(stored.md5Hex, QCryptographicHash::hash("hello, world", QCryptographicHash::Md5).toHex());

    const auto head = runJob(client().headObject({m_jobs, request.key}));
    QVERIFY2(head.error.isOk(), qPrintable(head.error.toString()));
    QCOMPARE(head.head.size, 12);
    QCOMPARE(head.head.etag, stored.etag);
    QCOMPARE(head.head.plainMd5(), stored.md5Hex);
    QCOMPARE(head.head.contentType, u"text/plain"_s);
    QCOMPARE(head.head.metadata.value(u"colour"_s), u"blue"_s);
    // Last-Modified is an HTTP-date ("Wed, 25 Nov 2026 13:55:00 GMT"), which Qt 6.4's RFC 2822
    // parser refuses: it was read as no time at all. The server runs here, on this clock.
    QVERIFY2(head.head.lastModified.isValid(), "Last-Modified was not understood");
    QVERIFY2(qAbs(head.head.lastModified.secsTo(QDateTime::currentDateTimeUtc())) < 600,
        qPrintable(head.head.lastModified.toString(Qt::ISODate)));

    GetObjectRequest get;
    get.bucket = m_jobs;
    get.key = request.key;
    const auto got = runJob(client().getObject(get));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QCOMPARE(got.body, QByteArray("hello, world"));

    const auto gone = runJob(client().deleteObject({m_jobs, request.key}));
    QVERIFY2(gone.error.isOk(), qPrintable(gone.error.toString()));
    QCOMPARE(runJob(client().headObject({m_jobs, request.key})).error.httpStatus(), 404);
}

void TestSharedClientJobs::rangedGets_data()
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

void TestSharedClientJobs::rangedGets()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, expectedLength);
    const QByteArray data = patternBytes(1000);
    QVERIFY(runJob(client().putObject(put(m_jobs, u"ranges"_s, data))).error.isOk());
    GetObjectRequest get;
    get.bucket = m_jobs;
    get.key = u"ranges"_s;
    get.rangeStart = start;
    get.rangeEnd = end;
    const auto got = runJob(client().getObject(get));
    if (m_t.isS3rver() && end == 0) {
        // s3rver bug: "bytes=0-0" is read as "from 0 to the end" (an end of 0 counts as none), so the
        // whole object comes back. Skylight asked for one byte and must refuse the answer.
        QVERIFY(!got.error.isOk());
        QVERIFY(got.body.isEmpty());
        return;
    }
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.partial);
    QCOMPARE(got.head.size, 1000);
    QCOMPARE(got.body, data.mid(start, expectedLength));
}

void TestSharedClientJobs::getIntoASink()
{
    const QByteArray data = patternBytes(70000, 3);
    QVERIFY(runJob(client().putObject(put(m_jobs, u"sink"_s, data))).error.isOk());
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    GetObjectRequest get;
    get.bucket = m_jobs;
    get.key = u"sink"_s;
    int pieces = 0;
    get.sink = [&sink, &pieces](qint64 offset, const QByteArray &piece) {
        ++pieces;
        return sink.seek(offset) && sink.write(piece) == piece.size() ? QString() : sink.errorString();
    };
    const auto got = runJob(client().getObject(get));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.body.isEmpty());
    QCOMPARE(got.bytes, data.size());
    QCOMPARE(sink.data(), data);
    QVERIFY(pieces >= 1);
}

void TestSharedClientJobs::missingObjectIs404()
{
    GetObjectRequest get;
    get.bucket = m_jobs;
    get.key = u"never-written"_s;
    const auto got = runJob(client().getObject(get));
    QCOMPARE(got.error.httpStatus(), 404);
    QCOMPARE(got.error.humanSentence(), u"The object does not exist."_s);
}

void TestSharedClientJobs::batchDeleteOfHostileKeys()
{
    const QString hostile = m_t.bucket(u"hostile"_s);
    QVERIFY(runJob(client().createBucket({hostile, {}})).error.isOk());
    QStringList keys = hostileKeys();
    if (m_t.isS3rver()) {
        // s3rver: only the keys it stores as sent (S3Target::s3rverKeyFate); a "." or ".." key
        // deleted there can take the bucket's folder with it (tst_sharedkeys).
        keys.removeIf(
            [](const QString &key) { return S3Target::s3rverKeyFate(key) != S3Target::S3rverKeyFate::Kept; });
        // s3rver bug: its XML reader (fast-xml-parser 3, trimValues) trims every <Key>, so
        // DeleteObjects of " a" deletes "a", another object, and reports "a" deleted; " a" stays.
        QVERIFY(runJob(client().putObject(put(hostile, u"a"_s, "innocent"))).error.isOk());
        QVERIFY(runJob(client().putObject(put(hostile, u" a"_s, "meant"))).error.isOk());
        const auto wrong = runJob(client().deleteObjects({hostile, {u" a"_s}}));
        QVERIFY2(wrong.error.isOk(), qPrintable(wrong.error.toString()));
        QCOMPARE(wrong.outcome.deleted, QStringList {u"a"_s});
        QCOMPARE(runJob(client().headObject({hostile, u"a"_s})).error.httpStatus(), 404);
        QVERIFY(runJob(client().headObject({hostile, u" a"_s})).error.isOk());
        QVERIFY(runJob(client().deleteObject({hostile, u" a"_s})).error.isOk());
        // The other keys go in one batch (Skylight deletes keys XML cannot carry one by one).
        keys.removeIf([](const QString &key) { return key != key.trimmed(); });
    }
    for (const QString &key : std::as_const(keys)) {
        const auto stored = runJob(client().putObject(put(hostile, key, key.toUtf8())));
        QVERIFY2(stored.error.isOk(), qPrintable(stored.error.toString()));
    }
    keys.append(u"never existed"_s); // S3 reports a missing key as deleted
    const auto result = runJob(client().deleteObjects({hostile, keys}));
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QVERIFY(result.outcome.errors.isEmpty());
    QStringList deleted = result.outcome.deleted;
    deleted.sort();
    keys.sort();
    QCOMPARE(deleted, keys); // every key came back exactly as sent
    ListObjectsRequest list;
    list.bucket = hostile;
    const auto after = runJob(client().listObjects(list));
    QVERIFY2(after.error.isOk(), qPrintable(after.error.toString()));
    QVERIFY(after.page.objects.isEmpty());
}

void TestSharedClientJobs::copyKeepsAndReplacesMetadata()
{
    PutObjectRequest source = put(m_jobs, u"copy source/a+b"_s, "copied bytes");
    if (m_t.isS3rver()) {
        // s3rver bug: it decodes x-amz-copy-source with JavaScript's decodeURI, which leaves %2B,
        // %2F, %3F, %23, %26, %3D, … encoded, so a source key holding "+" (sent as AWS wants it,
        // "%2B") is not found. Skylight says so; a source without those characters is copied.
        QVERIFY(runJob(client().putObject(source)).error.isOk());
        CopyObjectRequest plus {m_jobs, source.key, m_jobs, u"copy target/plus"_s, {}, {}, false};
        const auto refused = runJob(client().copyObject(plus));
        QCOMPARE(refused.error.serviceCode(), u"NoSuchKey"_s);
        source.key = u"copy source/a b"_s;
    }
    source.contentType = u"text/x-a"_s;
    source.metadata.insert(u"origin"_s, u"one"_s);
    QVERIFY(runJob(client().putObject(source)).error.isOk());

    CopyObjectRequest copy {m_jobs, source.key, m_jobs, u"copy target/kept"_s, {}, {}, false};
    const auto copied = runJob(client().copyObject(copy));
    QVERIFY2(copied.error.isOk(), qPrintable(copied.error.toString()));
    QVERIFY(!copied.etag.isEmpty());
    auto head = runJob(client().headObject({m_jobs, copy.key}));
    QCOMPARE(head.head.metadata.value(u"origin"_s), u"one"_s);
    QCOMPARE(head.head.contentType, u"text/x-a"_s);

    copy.key = u"copy target/replaced"_s;
    copy.replaceMetadata = true;
    copy.metadata.insert(u"origin"_s, u"two"_s);
    copy.contentType = u"text/x-b"_s;
    QVERIFY(runJob(client().copyObject(copy)).error.isOk());
    head = runJob(client().headObject({m_jobs, copy.key}));
    QCOMPARE(head.head.metadata.value(u"origin"_s), u"two"_s);
    QCOMPARE(head.head.contentType, u"text/x-b"_s);
    GetObjectRequest get;
    get.bucket = m_jobs;
    get.key = copy.key;
    QCOMPARE(runJob(client().getObject(get)).body, QByteArray("copied bytes"));

    CopyObjectRequest missing {m_jobs, u"no such key"_s, m_jobs, u"x"_s, {}, {}, false};
    QCOMPARE(runJob(client().copyObject(missing)).error.httpStatus(), 404);
}

void TestSharedClientJobs::createAndDeleteBucket()
{
    const QString b = m_t.bucket(u"short-lived"_s);
    auto made = runJob(client().createBucket({b, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
    QVERIFY(runJob(client().putObject(put(b, u"k"_s, "x"))).error.isOk());
    auto refused = runJob(client().deleteBucket({b, {}}));
    QCOMPARE(refused.error.serviceCode(), u"BucketNotEmpty"_s);
    QVERIFY(runJob(client().deleteObject({b, u"k"_s})).error.isOk());
    auto removed = runJob(client().deleteBucket({b, {}}));
    QVERIFY2(removed.error.isOk(), qPrintable(removed.error.toString()));
    made = runJob(client().createBucket({b, {}}));
    QVERIFY2(made.error.isOk(), qPrintable(made.error.toString()));
}

void TestSharedClientJobs::multipartRoundTrip()
{
    const qint64 partSize = 5 * 1024 * 1024;
    const QByteArray data = patternBytes(2 * partSize + 123, 11);
    const auto created
        = runJob(client().createMultipartUpload({m_jobs, u"big/object"_s, u"application/x-test"_s, {}, {}}));
    QVERIFY2(created.error.isOk(), qPrintable(created.error.toString()));
    const QString uploadId = created.upload.uploadId;
    QList<PartEntry> parts;
    for (int i = 0; i * partSize < data.size(); ++i) {
        UploadPartRequest part;
        part.bucket = m_jobs;
        part.key = u"big/object"_s;
        part.uploadId = uploadId;
        part.partNumber = i + 1;
        part.data = data.mid(i * partSize, partSize);
        const auto sent = runJob(client().uploadPart(part));
        QVERIFY2(sent.error.isOk(), qPrintable(sent.error.toString()));
        parts.append({sent.partNumber, sent.etag, part.data.size(), {}, {}});
    }
    const auto listed = runJob(client().listParts({m_jobs, u"big/object"_s, uploadId, 0, 2}));
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: no ListParts (405 MethodNotAllowed).
        QCOMPARE(listed.error.serviceCode(), u"MethodNotAllowed"_s);
    } else {
        QVERIFY2(listed.error.isOk(), qPrintable(listed.error.toString()));
        QCOMPARE(listed.parts.parts.size(), 2);
        QVERIFY(listed.parts.truncated);
        QCOMPARE(listed.parts.parts.first().etag, parts.first().etag);
    }

    std::reverse(parts.begin(), parts.end()); // the job sends them in order whatever it is given
    const auto done = runJob(client().completeMultipartUpload({m_jobs, u"big/object"_s, uploadId, parts}));
    GetObjectRequest get;
    get.bucket = m_jobs;
    get.key = u"big/object"_s;
    const auto got = runJob(client().getObject(get));
    QCOMPARE(got.head.contentType, u"application/x-test"_s);
    QVERIFY(got.body == data);
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: a multipart object's ETag is the MD5 of its content, no "-3";
        // and it cannot list unfinished uploads (501).
        QCOMPARE(got.head.plainMd5(), QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    } else {
        QVERIFY(got.head.etag.endsWith("-3\""));
        QVERIFY(got.head.plainMd5().isEmpty()); // a multipart ETag is not an MD5
        QVERIFY(unfinishedUploads(m_jobs).isEmpty());
    }
    // radosgw 16.2.15 answers Complete with an empty <ETag></ETag> (see tst_sharedmultipart): the job
    // then reads the ETag back with a HEAD, so both servers end with the object's real ETag.
    QVERIFY2(done.error.isOk(), qPrintable(done.error.toString()));
    QCOMPARE(done.upload.etag, got.head.etag);
}

void TestSharedClientJobs::abortLeavesNoUpload()
{
    const QString b = m_t.bucket(u"aborts"_s);
    QVERIFY(m_t.createBucket(b));
    const auto created = runJob(client().createMultipartUpload({b, u"aborted"_s, {}, {}, {}}));
    QVERIFY(created.error.isOk());
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: no AbortMultipartUpload (405) and no ListMultipartUploads (501).
        // Skylight reports the abort as failed rather than pretending the upload is gone.
        const auto aborted
            = runJob(client().abortMultipartUpload({b, u"aborted"_s, created.upload.uploadId}));
        QCOMPARE(aborted.error.serviceCode(), u"MethodNotAllowed"_s);
        QCOMPARE(unfinishedUploads(b).size(), 1);
        QVERIFY(unfinishedUploads(b).first().startsWith(u"<cannot list"_s));
        return;
    }
    QCOMPARE(unfinishedUploads(b).size(), 1);
    const auto aborted = runJob(client().abortMultipartUpload({b, u"aborted"_s, created.upload.uploadId}));
    QVERIFY2(aborted.error.isOk(), qPrintable(aborted.error.toString()));
    QVERIFY(unfinishedUploads(b).isEmpty());
}

void TestSharedClientJobs::completeWithAWrongEtagFails()
{
    const auto created = runJob(client().createMultipartUpload({m_jobs, u"wrong"_s, {}, {}, {}}));
    QVERIFY(created.error.isOk());
    UploadPartRequest part;
    part.bucket = m_jobs;
    part.key = u"wrong"_s;
    part.uploadId = created.upload.uploadId;
    part.data = "only part";
    QVERIFY(runJob(client().uploadPart(part)).error.isOk());
    const auto done = runJob(client().completeMultipartUpload({m_jobs,
        u"wrong"_s,
        created.upload.uploadId,
        {{1, "\"0123456789abcdef0123456789abcdef\"", 9, {}, {}}}}));
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: Complete never compares the ETags; the object is made from the
        // parts it holds, and there is no upload left to abort.
        QVERIFY2(done.error.isOk(), qPrintable(done.error.toString()));
        GetObjectRequest get;
        get.bucket = m_jobs;
        get.key = u"wrong"_s;
        QCOMPARE(runJob(client().getObject(get)).body, QByteArray("only part"));
        return;
    }
    QCOMPARE(done.error.serviceCode(), u"InvalidPart"_s);
    QVERIFY(
        runJob(client().abortMultipartUpload({m_jobs, u"wrong"_s, created.upload.uploadId})).error.isOk());
}

// The queue's copy path with its part threshold lowered: a 12 MiB object copied in three
// UploadPartCopy ranges of 5 MiB, read back byte for byte by a GET of the target's own.
void TestSharedClientJobs::queueCopiesInPartCopies()
{
    const qint64 partSize = 5 * 1024 * 1024;
    const QByteArray data = patternBytes(12 * 1024 * 1024 + 3, 31);
    QVERIFY(runJob(client().putObject(put(m_jobs, u"copy/source"_s, data))).error.isOk());
    TransferQueue queue;
    queue.setPartSize(partSize);
    queue.setCopyPartThreshold(partSize);
    const int id = queue.enqueueCopy(&client(), m_jobs, u"copy/source"_s, m_jobs, u"copy/target"_s);
    QVERIFY(QTest::qWaitFor([&queue] { return queue.isIdle(); }, 60000));
    const TransferItem item = queue.item(id);
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: no UploadPartCopy (501 NotImplemented). The copy fails in words
        // and leaves no target.
        QCOMPARE(item.state, TransferState::Failed);
        QVERIFY2(item.error.contains(u"501"_s), qPrintable(item.error));
        QCOMPARE(m_t.send(m_t.request("HEAD", m_jobs, u"copy/target"_s)).status, 404);
        return;
    }
    QVERIFY2(item.state == TransferState::Done, qPrintable(item.error));
    QCOMPARE(item.parts, 3);
    const HttpResponse got = m_t.send(m_t.request("GET", m_jobs, u"copy/target"_s));
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.body == data);
    QVERIFY(got.header("ETag").endsWith("-3\""));
    QVERIFY(unfinishedUploads(m_jobs).isEmpty());
}

QTEST_GUILESS_MAIN(TestSharedClientJobs)
#include "tst_sharedclientjobs.moc"
