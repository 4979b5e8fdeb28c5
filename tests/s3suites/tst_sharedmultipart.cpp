// SPDX-License-Identifier: GPL-3.0-or-later
// Multipart uploads against the sandbox, radosgw and s3rver (S3Target): create, upload, ListParts,
// ListMultipartUploads, complete with the -N ETag, the part checks S3 makes on Complete, abort, and
// UploadPartCopy with a range. s3rver has only create, upload and complete: the rest is checked to
// be refused as it refuses it, never skipped.
#include <QCryptographicHash>
#include <QTest>

#include "s3target.h"
#include "sandboxxml.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

namespace {

constexpr int kMinPartSize = 5 * 1024 * 1024; // S3's smallest part but the last

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 2654435761u + seed) >> 13);
    return bytes;
}

QByteArray md5(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5);
}

QByteArray unquoted(QByteArray etag)
{
    return etag.replace("&quot;", "").replace("\"", "");
}

} // namespace

class TestSharedMultipart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void uploadListCompleteRead();
    void completeRefusesBadPartLists_data();
    void completeRefusesBadPartLists();
    void abortForgetsTheUpload();
    void uploadPartCopyWithRange();

private:
    QByteArray create(const QString &key, const QByteArray &contentType = {});
    HttpResponse uploadPart(const QString &key,
        const QByteArray &id,
        int number,
        const QByteArray &body,
        const QList<HttpHeader> &headers = {});
    HttpResponse complete(
        const QString &key, const QByteArray &id, const QList<std::pair<int, QByteArray>> &parts);
    S3Target m_t;
    QString m_bucket;
};

void TestSharedMultipart::initTestCase()
{
    QString why;
    QVERIFY2(m_t.start(&why), qPrintable(why));
    qInfo("target: %s", qPrintable(m_t.name()));
    m_bucket = m_t.bucket(u"mpu"_s);
    QVERIFY(m_t.createBucket(m_bucket));
}

QByteArray TestSharedMultipart::create(const QString &key, const QByteArray &contentType)
{
    HttpRequest r = m_t.request("POST", m_bucket, key);
    r.addBareQuery("uploads");
    if (!contentType.isEmpty())
        r.setHeader("Content-Type", contentType);
    const HttpResponse response = m_t.send(r);
    if (!response.error.isOk())
        qWarning("create: %s", qPrintable(response.error.toString()));
    return element(response.body, "UploadId");
}

HttpResponse TestSharedMultipart::uploadPart(const QString &key,
    const QByteArray &id,
    int number,
    const QByteArray &body,
    const QList<HttpHeader> &headers)
{
    HttpRequest r = m_t.request("PUT", m_bucket, key);
    r.addQuery("partNumber", QByteArray::number(number));
    r.addQuery("uploadId", id);
    r.body = body;
    for (const HttpHeader &h : headers)
        r.setHeader(h.name, h.value);
    return m_t.send(r);
}

HttpResponse TestSharedMultipart::complete(
    const QString &key, const QByteArray &id, const QList<std::pair<int, QByteArray>> &parts)
{
    HttpRequest r = m_t.request("POST", m_bucket, key);
    r.addQuery("uploadId", id);
    r.body = "<CompleteMultipartUpload>";
    for (const auto &[number, etag] : parts)
        r.body += "<Part><PartNumber>" + QByteArray::number(number) + "</PartNumber><ETag>" + etag
            + "</ETag></Part>";
    r.body += "</CompleteMultipartUpload>";
    SendOptions o = m_t.options(&m_t.sigV4);
    o.idempotent = false;
    return m_t.send(r, o);
}

void TestSharedMultipart::uploadListCompleteRead()
{
    const QString key = u"big/file.bin"_s;
    const QByteArray id = create(key, "application/x-big");
    QVERIFY(!id.isEmpty());
    const QByteArray part1 = pattern(kMinPartSize, 1);
    const QByteArray part2 = pattern(1234, 2);
    HttpResponse r = uploadPart(key, id, 1, part1, {{"Content-MD5", md5Base64(part1)}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.header("ETag"), '"' + md5(part1).toHex() + '"');
    r = uploadPart(key, id, 2, part2);
    QVERIFY(r.error.isOk());

    HttpRequest listParts = m_t.request("GET", m_bucket, key);
    listParts.addQuery("uploadId", id);
    HttpRequest listUploads = m_t.request("GET", m_bucket);
    listUploads.addBareQuery("uploads");
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: it has no ListParts (405 MethodNotAllowed) and no
        // ListMultipartUploads (501 NotImplemented).
        r = m_t.send(listParts);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.error.serviceCode(), u"MethodNotAllowed"_s);
        r = m_t.send(listUploads);
        QCOMPARE(r.status, 501);
        QCOMPARE(r.error.serviceCode(), u"NotImplemented"_s);
    } else {
        r = m_t.send(listParts);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        QCOMPARE(elements(r.body, "PartNumber"), QList<QByteArray>({"1", "2"}));
        QCOMPARE(elements(r.body, "Size"), QList<QByteArray>({QByteArray::number(part1.size()), "1234"}));
        r = m_t.send(listUploads);
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        QVERIFY(elements(r.body, "UploadId").contains(id));
    }

    // ETags with and without their quotes are both accepted, as on S3.
    r = complete(key, id, {{1, md5(part1).toHex()}, {2, '"' + md5(part2).toHex() + '"'}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QByteArray expectedEtag = md5(md5(part1) + md5(part2)).toHex() + "-2";
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: the ETag of a multipart object is the MD5 of its whole content,
        // without the "-N" suffix, as if it had been sent in one PUT.
        expectedEtag = md5(part1 + part2).toHex();
        QCOMPARE(unquoted(element(r.body, "ETag")), expectedEtag);
    } else if (m_t.isRgw()) {
        // radosgw differs from AWS: CompleteMultipartUploadResult carries an empty <ETag></ETag>
        // (16.2.15); the object's ETag, read below, is the right "-2" one. AWS names it here.
        QVERIFY2(r.body.contains("<ETag></ETag>"), r.body.constData());
    } else {
        QCOMPARE(unquoted(element(r.body, "ETag")), expectedEtag);
    }

    r = m_t.sendObject(m_t.request("GET", m_bucket, key));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ETag"), '"' + expectedEtag + '"');
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-big"));
    QVERIFY(r.body == part1 + part2);
    if (m_t.isS3rver())
        return; // nothing lists uploads or parts there (above)
    // The upload is gone; its parts with it.
    r = m_t.send(listUploads);
    QVERIFY(!elements(r.body, "UploadId").contains(id));
    // radosgw differs from AWS: ListParts of a completed upload answers NoSuchKey, not NoSuchUpload.
    QCOMPARE(m_t.send(listParts).error.serviceCode(), m_t.isRgw() ? u"NoSuchKey"_s : u"NoSuchUpload"_s);
}

void TestSharedMultipart::completeRefusesBadPartLists_data()
{
    QTest::addColumn<int>("firstSize");
    QTest::addColumn<QList<int>>("order");
    QTest::addColumn<bool>("wrongEtag");
    QTest::addColumn<QString>("code");
    QTest::newRow("small first part") << 1024 << QList<int>({1, 2}) << false << u"EntityTooSmall"_s;
    QTest::newRow("descending") << kMinPartSize << QList<int>({2, 1}) << false << u"InvalidPartOrder"_s;
    QTest::newRow("wrong etag") << kMinPartSize << QList<int>({1, 2}) << true << u"InvalidPart"_s;
    QTest::newRow("missing part") << kMinPartSize << QList<int>({1, 3}) << false << u"InvalidPart"_s;
}

void TestSharedMultipart::completeRefusesBadPartLists()
{
    QFETCH(int, firstSize);
    QFETCH(QList<int>, order);
    QFETCH(bool, wrongEtag);
    QFETCH(QString, code);
    const QString key = u"refused-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    const QByteArray id = create(key);
    QVERIFY(!id.isEmpty());
    const QList<QByteArray> bodies = {pattern(firstSize, 3), pattern(10, 4)};
    for (int i = 0; i < 2; ++i)
        QVERIFY(uploadPart(key, id, i + 1, bodies[i]).error.isOk());
    QList<std::pair<int, QByteArray>> parts;
    for (const int number : order) {
        const QByteArray etag = number <= 2 ? md5(bodies[number - 1]).toHex() : QByteArray("0123");
        parts.append({number, wrongEtag && number == 2 ? md5("other").toHex() : etag});
    }
    const HttpResponse r = complete(key, id, parts);
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: Complete checks neither part sizes, nor order, nor ETags; it
        // joins the parts it holds in part-number order. A part it does not hold is a 500
        // InternalError, and then the upload stays (nothing can abort it: see abortForgetsTheUpload).
        if (order.contains(3)) {
            QCOMPARE(r.status, 500);
            QCOMPARE(r.error.serviceCode(), u"InternalError"_s);
            QCOMPARE(m_t.send(m_t.request("HEAD", m_bucket, key)).status, 404);
            return;
        }
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        QVERIFY(m_t.sendObject(m_t.request("GET", m_bucket, key)).body == bodies[0] + bodies[1]);
        QCOMPARE(m_t.send(m_t.request("DELETE", m_bucket, key)).status, 204);
        return;
    }
    if (m_t.isRgw() && order.first() > order.last()) {
        // radosgw differs from AWS: a part list in descending order is accepted and the parts are
        // joined in part-number order; AWS refuses it with 400 InvalidPartOrder.
        QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
        QVERIFY(m_t.sendObject(m_t.request("GET", m_bucket, key)).body == bodies[0] + bodies[1]);
        QCOMPARE(m_t.send(m_t.request("DELETE", m_bucket, key)).status, 204);
        return;
    }
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error.serviceCode(), code);
    QCOMPARE(m_t.send(m_t.request("HEAD", m_bucket, key)).status, 404);
    HttpRequest abort = m_t.request("DELETE", m_bucket, key);
    abort.addQuery("uploadId", id);
    QCOMPARE(m_t.send(abort).status, 204); // the refused upload is still there to abort
}

void TestSharedMultipart::abortForgetsTheUpload()
{
    const QByteArray id = create(u"aborted"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(uploadPart(u"aborted"_s, id, 1, "x").error.isOk());
    HttpRequest abort = m_t.request("DELETE", m_bucket, u"aborted"_s);
    abort.addQuery("uploadId", id);
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: it has no AbortMultipartUpload (405 MethodNotAllowed); an upload
        // is only ever ended by Complete. The upload goes on taking parts.
        HttpResponse r = m_t.send(abort);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.error.serviceCode(), u"MethodNotAllowed"_s);
        QVERIFY(uploadPart(u"aborted"_s, id, 2, "y").error.isOk());
        QCOMPARE(m_t.send(m_t.request("HEAD", m_bucket, u"aborted"_s)).status, 404);
        return;
    }
    QCOMPARE(m_t.send(abort).status, 204);
    HttpResponse r = m_t.send(abort);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error.serviceCode(), u"NoSuchUpload"_s);
    QCOMPARE(uploadPart(u"aborted"_s, id, 2, "y").error.serviceCode(), u"NoSuchUpload"_s);
    HttpRequest listUploads = m_t.request("GET", m_bucket);
    listUploads.addBareQuery("uploads");
    r = m_t.send(listUploads);
    QVERIFY(!elements(r.body, "UploadId").contains(id));
    QCOMPARE(m_t.send(m_t.request("HEAD", m_bucket, u"aborted"_s)).status, 404);
}

void TestSharedMultipart::uploadPartCopyWithRange()
{
    HttpRequest put = m_t.request("PUT", m_bucket, u"source key"_s);
    put.body = pattern(6 * 1024 * 1024, 6);
    QVERIFY(m_t.send(put).error.isOk());
    const QByteArray id = create(u"copied"_s);
    HttpRequest copy = m_t.request("PUT", m_bucket, u"copied"_s);
    copy.addQuery("partNumber", "1");
    copy.addQuery("uploadId", id);
    copy.setHeader("x-amz-copy-source", '/' + m_bucket.toUtf8() + "/source%20key");
    copy.setHeader("x-amz-copy-source-range", "bytes=0-5242879");
    HttpResponse r = m_t.send(copy);
    if (m_t.isS3rver()) {
        // s3rver differs from AWS: it has no UploadPartCopy (501 NotImplemented, "A header you
        // provided implies functionality that is not implemented").
        QCOMPARE(r.status, 501);
        QCOMPARE(r.error.serviceCode(), u"NotImplemented"_s);
        return;
    }
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const QByteArray first = put.body.left(5242880);
    QCOMPARE(unquoted(element(r.body, "ETag")), md5(first).toHex());
    copy.query.first().value = "2";
    copy.setHeader("x-amz-copy-source-range", "bytes=5242880-6291455");
    QVERIFY(m_t.send(copy).error.isOk());
    copy.setHeader("x-amz-copy-source-range", "bytes=5242880-6291456"); // one past the end
    r = m_t.send(copy);
    if (m_t.isRgw()) {
        // radosgw differs from AWS: a copy range past the source's end is 416 InvalidRange (AWS:
        // 400 InvalidArgument).
        QCOMPARE(r.status, 416);
        QCOMPARE(r.error.serviceCode(), u"InvalidRange"_s);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error.serviceCode(), u"InvalidArgument"_s);
    }
    r = complete(u"copied"_s, id, {{1, md5(first).toHex()}, {2, md5(put.body.mid(5242880)).toHex()}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    r = m_t.sendObject(m_t.request("GET", m_bucket, u"copied"_s));
    QVERIFY(r.body == put.body);
}

QTEST_GUILESS_MAIN(TestSharedMultipart)
#include "tst_sharedmultipart.moc"
