// SPDX-License-Identifier: GPL-3.0-or-later
// Multipart uploads, UploadPartCopy and CopyObject against the sandbox through HttpTransport and
// SigV4: the -N ETag, the part checks S3 makes on Complete, the "200 with <Error>" completion, and
// the checksum headers verified on PUT and UploadPart.
#include <QCryptographicHash>
#include <QDir>
#include <QTest>

#include "multipartoperations.h"
#include "s3checksums.h"
#include "s3router.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "sandboxxml.h"

using namespace Qt::StringLiterals;
using namespace SandboxXml;

namespace {

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

QByteArray crc32cBase64(const QByteArray &bytes)
{
    const quint32 crc = S3Checksums::crc32c(bytes);
    QByteArray raw(4, '\0');
    for (int i = 0; i < 4; ++i)
        raw[i] = char((crc >> (24 - 8 * i)) & 0xff);
    return raw.toBase64();
}

} // namespace

class TestSandboxMultipart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void crc32cKnownAnswer();
    void uploadListCompleteRead();
    void completeRefusesBadPartLists_data();
    void completeRefusesBadPartLists();
    void partDigestsAreChecked();
    void abortForgetsTheUpload();
    void uploadPartCopyWithRange();
    void completionFaultAnswers200WithError();
    void uploadSurvivesRestart();
    void copyObjectDirectives();
    void checksumsOnPut();
    void deletingTheBucketAbortsUploads();

private:
    QByteArray create(const QString &key, const QByteArray &contentType = {});
    HttpResponse uploadPart(const QString &key,
        const QByteArray &id,
        int number,
        const QByteArray &body,
        const QList<HttpHeader> &headers = {});
    HttpResponse complete(
        const QString &key, const QByteArray &id, const QList<std::pair<int, QByteArray>> &parts);
    SandboxFixture m_s;
};

void TestSandboxMultipart::initTestCase()
{
    QVERIFY(m_s.start());
    QVERIFY(m_s.send(m_s.request("PUT", u"mpu"_s)).error.isOk());
}

QByteArray TestSandboxMultipart::create(const QString &key, const QByteArray &contentType)
{
    HttpRequest r = m_s.request("POST", u"mpu"_s, key);
    r.addBareQuery("uploads");
    if (!contentType.isEmpty())
        r.setHeader("Content-Type", contentType);
    const HttpResponse response = m_s.send(r);
    if (!response.error.isOk())
        qWarning("create: %s", qPrintable(response.error.toString()));
    return element(response.body, "UploadId");
}

HttpResponse TestSandboxMultipart::uploadPart(const QString &key,
    const QByteArray &id,
    int number,
    const QByteArray &body,
    const QList<HttpHeader> &headers)
{
    HttpRequest r = m_s.request("PUT", u"mpu"_s, key);
    r.addQuery("partNumber", QByteArray::number(number));
    r.addQuery("uploadId", id);
    r.body = body;
    for (const HttpHeader &h : headers)
        r.setHeader(h.name, h.value);
    return m_s.send(r);
}

HttpResponse TestSandboxMultipart::complete(
    const QString &key, const QByteArray &id, const QList<std::pair<int, QByteArray>> &parts)
{
    HttpRequest r = m_s.request("POST", u"mpu"_s, key);
    r.addQuery("uploadId", id);
    r.body = "<CompleteMultipartUpload>";
    for (const auto &[number, etag] : parts)
        r.body += "<Part><PartNumber>" + QByteArray::number(number) + "</PartNumber><ETag>" + etag
            + "</ETag></Part>";
    r.body += "</CompleteMultipartUpload>";
    SendOptions o = m_s.options(&m_s.sigV4);
    o.idempotent = false;
    return m_s.send(r, o);
}

void TestSandboxMultipart::crc32cKnownAnswer()
{
    QCOMPARE(S3Checksums::crc32c("123456789"), 0xE3069283u); // the CRC-32C check value (RFC 3720)
    QCOMPARE(S3Checksums::crc32c("6789", S3Checksums::crc32c("12345")), 0xE3069283u);
}

void TestSandboxMultipart::uploadListCompleteRead()
{
    const QByteArray id = create(u"big/file.bin"_s, "application/x-big");
    QVERIFY(!id.isEmpty());
    const QByteArray part1 = pattern(MultipartOperations::kMinPartSize, 1);
    const QByteArray part2 = pattern(1234, 2);
    HttpResponse r = uploadPart(u"big/file.bin"_s, id, 1, part1, {{"Content-MD5", md5Base64(part1)}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.header("ETag"), '"' + md5(part1).toHex() + '"');
    r = uploadPart(u"big/file.bin"_s, id, 2, part2);
    QVERIFY(r.error.isOk());

    HttpRequest listParts = m_s.request("GET", u"mpu"_s, u"big/file.bin"_s);
    listParts.addQuery("uploadId", id);
    r = m_s.send(listParts);
    QVERIFY(r.error.isOk());
    QCOMPARE(elements(r.body, "PartNumber"), QList<QByteArray>({"1", "2"}));
    QCOMPARE(elements(r.body, "Size"), QList<QByteArray>({QByteArray::number(part1.size()), "1234"}));
    HttpRequest listUploads = m_s.request("GET", u"mpu"_s);
    listUploads.addBareQuery("uploads");
    r = m_s.send(listUploads);
    QVERIFY(r.error.isOk());
    QVERIFY(elements(r.body, "UploadId").contains(id));

    r = complete(u"big/file.bin"_s, id, {{1, md5(part1).toHex()}, {2, '"' + md5(part2).toHex() + '"'}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const QByteArray expectedEtag = md5(md5(part1) + md5(part2)).toHex() + "-2";
    QCOMPARE(element(r.body, "ETag"), "&quot;" + expectedEtag + "&quot;");

    SendOptions objectOptions = m_s.options(&m_s.sigV4);
    objectOptions.bodyKind = SendOptions::BodyKind::Object;
    r = m_s.send(m_s.request("GET", u"mpu"_s, u"big/file.bin"_s), objectOptions);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("ETag"), '"' + expectedEtag + '"');
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-big"));
    QVERIFY(r.body == part1 + part2);
    // The upload is gone; its parts with it.
    r = m_s.send(listUploads);
    QVERIFY(!elements(r.body, "UploadId").contains(id));
    QCOMPARE(m_s.send(listParts).error.serviceCode(), u"NoSuchUpload"_s);
}

void TestSandboxMultipart::completeRefusesBadPartLists_data()
{
    QTest::addColumn<int>("firstSize");
    QTest::addColumn<QList<int>>("order");
    QTest::addColumn<bool>("wrongEtag");
    QTest::addColumn<QString>("code");
    QTest::newRow("small first part") << 1024 << QList<int>({1, 2}) << false << u"EntityTooSmall"_s;
    QTest::newRow("descending") << int(MultipartOperations::kMinPartSize) << QList<int>({2, 1}) << false
                                << u"InvalidPartOrder"_s;
    QTest::newRow("wrong etag") << int(MultipartOperations::kMinPartSize) << QList<int>({1, 2}) << true
                                << u"InvalidPart"_s;
    QTest::newRow("missing part") << int(MultipartOperations::kMinPartSize) << QList<int>({1, 3}) << false
                                  << u"InvalidPart"_s;
}

void TestSandboxMultipart::completeRefusesBadPartLists()
{
    QFETCH(int, firstSize);
    QFETCH(QList<int>, order);
    QFETCH(bool, wrongEtag);
    QFETCH(QString, code);
    const QByteArray id = create(u"refused"_s);
    const QList<QByteArray> bodies = {pattern(firstSize, 3), pattern(10, 4)};
    for (int i = 0; i < 2; ++i)
        QVERIFY(uploadPart(u"refused"_s, id, i + 1, bodies[i]).error.isOk());
    QList<std::pair<int, QByteArray>> parts;
    for (const int number : order) {
        const QByteArray etag = number <= 2 ? md5(bodies[number - 1]).toHex() : QByteArray("0123");
        parts.append({number, wrongEtag && number == 2 ? md5("other").toHex() : etag});
    }
    const HttpResponse r = complete(u"refused"_s, id, parts);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error.serviceCode(), code);
    QCOMPARE(m_s.send(m_s.request("HEAD", u"mpu"_s, u"refused"_s)).status, 404);
}

void TestSandboxMultipart::partDigestsAreChecked()
{
    const QByteArray id = create(u"digests"_s);
    const QByteArray body = pattern(100, 5);
    HttpResponse r = uploadPart(u"digests"_s, id, 1, body, {{"Content-MD5", md5Base64("not the body")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error.serviceCode(), u"BadDigest"_s);
    r = uploadPart(u"digests"_s, id, 1, body, {{"x-amz-checksum-crc32c", crc32cBase64("other")}});
    QCOMPARE(r.error.serviceCode(), u"BadDigest"_s);
    r = uploadPart(u"digests"_s, id, 1, body, {{"x-amz-checksum-crc32c", crc32cBase64(body)}});
    QVERIFY(r.error.isOk());
    QCOMPARE(r.header("x-amz-checksum-crc32c"), crc32cBase64(body));
    r = uploadPart(u"digests"_s, id, 0, body);
    QCOMPARE(r.error.serviceCode(), u"InvalidArgument"_s);
    r = uploadPart(u"digests"_s, "no-such-upload", 1, body);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error.serviceCode(), u"NoSuchUpload"_s);
}

void TestSandboxMultipart::abortForgetsTheUpload()
{
    const QByteArray id = create(u"aborted"_s);
    QVERIFY(uploadPart(u"aborted"_s, id, 1, "x").error.isOk());
    HttpRequest abort = m_s.request("DELETE", u"mpu"_s, u"aborted"_s);
    abort.addQuery("uploadId", id);
    QCOMPARE(m_s.send(abort).status, 204);
    QCOMPARE(m_s.send(abort).error.serviceCode(), u"NoSuchUpload"_s);
    QCOMPARE(uploadPart(u"aborted"_s, id, 2, "y").error.serviceCode(), u"NoSuchUpload"_s);
}

void TestSandboxMultipart::uploadPartCopyWithRange()
{
    HttpRequest put = m_s.request("PUT", u"mpu"_s, u"source key"_s);
    put.body = pattern(6 * 1024 * 1024, 6);
    QVERIFY(m_s.send(put).error.isOk());
    const QByteArray id = create(u"copied"_s);
    HttpRequest copy = m_s.request("PUT", u"mpu"_s, u"copied"_s);
    copy.addQuery("partNumber", "1");
    copy.addQuery("uploadId", id);
    copy.setHeader("x-amz-copy-source", "/mpu/source%20key");
    copy.setHeader("x-amz-copy-source-range", "bytes=0-5242879");
    HttpResponse r = m_s.send(copy);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    const QByteArray first = put.body.left(5242880);
    QCOMPARE(element(r.body, "ETag"), "&quot;" + md5(first).toHex() + "&quot;");
    copy.query.first().value = "2";
    copy.setHeader("x-amz-copy-source-range", "bytes=5242880-6291455");
    QVERIFY(m_s.send(copy).error.isOk());
    copy.setHeader("x-amz-copy-source-range", "bytes=5242880-6291456"); // one past the end
    QCOMPARE(m_s.send(copy).error.serviceCode(), u"InvalidArgument"_s);
    r = complete(u"copied"_s, id, {{1, md5(first).toHex()}, {2, md5(put.body.mid(5242880)).toHex()}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    SendOptions objectOptions = m_s.options(&m_s.sigV4);
    objectOptions.bodyKind = SendOptions::BodyKind::Object;
    r = m_s.send(m_s.request("GET", u"mpu"_s, u"copied"_s), objectOptions);
    QVERIFY(r.body == put.body);
}

void TestSandboxMultipart::completionFaultAnswers200WithError()
{
    m_s.server().s3()->multipart().setCompletionFault(
        [](const S3Call &) { return QByteArray("InternalError"); });
    const QByteArray id = create(u"faulted"_s);
    const QByteArray body = pattern(10, 7);
    QVERIFY(uploadPart(u"faulted"_s, id, 1, body).error.isOk());
    const HttpResponse r = complete(u"faulted"_s, id, {{1, md5(body).toHex()}});
    m_s.server().s3()->multipart().setCompletionFault({});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<Error><Code>InternalError</Code>"));
    QVERIFY(!r.error.isOk()); // the transport sees through the 200
    QCOMPARE(m_s.send(m_s.request("HEAD", u"mpu"_s, u"faulted"_s)).status, 404);
    QVERIFY(complete(u"faulted"_s, id, {{1, md5(body).toHex()}}).error.isOk()); // the upload is still there
}

void TestSandboxMultipart::uploadSurvivesRestart()
{
    const QByteArray id = create(u"restarted"_s);
    QVERIFY(uploadPart(u"restarted"_s, id, 1, "first part").error.isOk());
    QVERIFY(m_s.restart());
    HttpRequest listParts = m_s.request("GET", u"mpu"_s, u"restarted"_s);
    listParts.addQuery("uploadId", id);
    const HttpResponse r = m_s.send(listParts);
    QVERIFY(r.error.isOk());
    QCOMPARE(elements(r.body, "PartNumber"), QList<QByteArray>({"1"}));
    QVERIFY(complete(u"restarted"_s, id, {{1, md5("first part").toHex()}}).error.isOk());
}

void TestSandboxMultipart::copyObjectDirectives()
{
    HttpRequest put = m_s.request("PUT", u"mpu"_s, u"original"_s);
    put.body = "copy me";
    put.setHeader("Content-Type", "text/x-original");
    put.setHeader("x-amz-meta-colour", "red");
    put.setHeader("x-amz-website-redirect-location", "/elsewhere");
    QVERIFY(m_s.send(put).error.isOk());

    HttpRequest copy = m_s.request("PUT", u"mpu"_s, u"copy"_s);
    copy.setHeader("x-amz-copy-source", "mpu/original");
    HttpResponse r = m_s.send(copy);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(element(r.body, "ETag"), "&quot;" + md5("copy me").toHex() + "&quot;");
    r = m_s.send(m_s.request("HEAD", u"mpu"_s, u"copy"_s));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/x-original"));
    QCOMPARE(r.header("x-amz-meta-colour"), QByteArray("red"));
    QVERIFY(r.header("x-amz-website-redirect-location").isEmpty()); // never copied

    copy.setHeader("x-amz-metadata-directive", "REPLACE");
    copy.setHeader("Content-Type", "text/x-replaced");
    copy.setHeader("x-amz-meta-shape", "round");
    QVERIFY(m_s.send(copy).error.isOk());
    r = m_s.send(m_s.request("HEAD", u"mpu"_s, u"copy"_s));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/x-replaced"));
    QCOMPARE(r.header("x-amz-meta-shape"), QByteArray("round"));
    QVERIFY(r.header("x-amz-meta-colour").isEmpty());

    HttpRequest self = m_s.request("PUT", u"mpu"_s, u"original"_s);
    self.setHeader("x-amz-copy-source", "/mpu/original");
    QCOMPARE(m_s.send(self).error.serviceCode(), u"InvalidRequest"_s);
    self.setHeader("x-amz-copy-source", "/mpu/missing");
    QCOMPARE(m_s.send(self).error.serviceCode(), u"NoSuchKey"_s);
}

void TestSandboxMultipart::checksumsOnPut()
{
    const QByteArray body = "checksummed body";
    HttpRequest put = m_s.request("PUT", u"mpu"_s, u"checked"_s);
    put.body = body;
    put.setHeader(
        "x-amz-checksum-sha256", QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64());
    HttpResponse r = m_s.send(put);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.header("x-amz-checksum-sha256"), put.header("x-amz-checksum-sha256"));
    HttpRequest head = m_s.request("HEAD", u"mpu"_s, u"checked"_s);
    QVERIFY(m_s.send(head).header("x-amz-checksum-sha256").isEmpty()); // only when asked for
    head.setHeader("x-amz-checksum-mode", "ENABLED");
    QCOMPARE(m_s.send(head).header("x-amz-checksum-sha256"), put.header("x-amz-checksum-sha256"));

    put.setHeader(
        "x-amz-checksum-sha256", QCryptographicHash::hash("x", QCryptographicHash::Sha256).toBase64());
    QCOMPARE(m_s.send(put).error.serviceCode(), u"BadDigest"_s);
    put.setHeader("x-amz-checksum-sha256", "not base64 at all!");
    QCOMPARE(m_s.send(put).error.serviceCode(), u"InvalidRequest"_s);
    put.removeHeader("x-amz-checksum-sha256");
    put.setHeader("x-amz-checksum-crc32c", crc32cBase64(body));
    r = m_s.send(put);
    QVERIFY(r.error.isOk());
    QCOMPARE(r.header("x-amz-checksum-crc32c"), crc32cBase64(body));
    put.setHeader(
        "x-amz-checksum-sha256", QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64());
    QCOMPARE(m_s.send(put).error.serviceCode(), u"InvalidRequest"_s); // two checksums

    HttpRequest redirect = m_s.request("PUT", u"mpu"_s, u"redirected"_s);
    redirect.setHeader("x-amz-website-redirect-location", "ftp://nope");
    QCOMPARE(m_s.send(redirect).error.serviceCode(), u"InvalidArgument"_s);
    redirect.setHeader("x-amz-website-redirect-location", "https://example.com/");
    QVERIFY(m_s.send(redirect).error.isOk());
    QCOMPARE(
        m_s.send(m_s.request("HEAD", u"mpu"_s, u"redirected"_s)).header("x-amz-website-redirect-location"),
        QByteArray("https://example.com/"));
}

void TestSandboxMultipart::deletingTheBucketAbortsUploads()
{
    QVERIFY(m_s.send(m_s.request("PUT", u"short-lived"_s)).error.isOk());
    HttpRequest create = m_s.request("POST", u"short-lived"_s, u"k"_s);
    create.addBareQuery("uploads");
    const QByteArray id = element(m_s.send(create).body, "UploadId");
    QVERIFY(!id.isEmpty());
    HttpRequest part = m_s.request("PUT", u"short-lived"_s, u"k"_s);
    part.addQuery("partNumber", "1");
    part.addQuery("uploadId", id);
    part.body = "part";
    QVERIFY(m_s.send(part).error.isOk());
    const auto blobCount = [this] {
        return QDir(m_s.dataDir() + u"/objects"_s).entryList(QDir::Files).size();
    };
    const qsizetype before = blobCount();
    QCOMPARE(m_s.send(m_s.request("DELETE", u"short-lived"_s)).status, 204);
    QCOMPARE(blobCount(), before - 1);
    QVERIFY(m_s.send(m_s.request("PUT", u"short-lived"_s)).error.isOk());
    HttpRequest list = m_s.request("GET", u"short-lived"_s);
    list.addBareQuery("uploads");
    QVERIFY(elements(m_s.send(list).body, "UploadId").isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxMultipart)
#include "tst_sandboxmultipart.moc"
