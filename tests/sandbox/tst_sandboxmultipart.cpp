// SPDX-License-Identifier: GPL-3.0-or-later
// Multipart uploads against the sandbox through HttpTransport and SigV4: the "200 with <Error>"
// completion, uploads surviving a restart or dying with their bucket, and the checksum headers
// verified on PUT and UploadPart. Upload, Complete's part checks, abort, UploadPartCopy and CopyObject
// run against the sandbox and radosgw alike in tests/s3suites/tst_sharedmultipart.cpp.
#include <QCryptographicHash>
#include <QDir>
#include <QTest>

#include "multipartoperations.h"
#include "s3/crc32c.h"
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
    void partDigestsAreChecked();
    void checksumAlgorithmBindsPartsAndCompletion();
    void completionFaultAnswers200WithError();
    void uploadSurvivesRestart();
    void checksumsOnPut();
    void deletingTheBucketAbortsUploads();
    void partNumberAnswersOnePart();

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

// An upload created with x-amz-checksum-algorithm: CRC32C, as S3 treats it: parts with a wrong
// CRC-32C or another checksum are refused, a part without one gets it computed, and the completion
// must repeat each part's CRC.
void TestSandboxMultipart::checksumAlgorithmBindsPartsAndCompletion()
{
    HttpRequest create = m_s.request("POST", u"mpu"_s, u"crc"_s);
    create.addBareQuery("uploads");
    create.setHeader("x-amz-checksum-algorithm", "CRC32");
    QCOMPARE(m_s.send(create).error.serviceCode(), u"InvalidRequest"_s); // not one the sandbox checks
    create.setHeader("x-amz-checksum-algorithm", "CRC32C");
    HttpResponse r = m_s.send(create);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.header("x-amz-checksum-algorithm"), QByteArray("CRC32C"));
    const QByteArray id = element(r.body, "UploadId");

    const QByteArray body = "123456789";
    const QByteArray crc = "4waSgw=="; // 0xE3069283, the CRC-32C check value, big-endian, base64
    r = uploadPart(u"crc"_s, id, 1, body, {{"x-amz-checksum-crc32c", crc32cBase64("12345678")}});
    QCOMPARE(r.error.serviceCode(), u"BadDigest"_s);
    r = uploadPart(u"crc"_s,
        id,
        1,
        body,
        {{"x-amz-checksum-sha256", QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64()}});
    QCOMPARE(r.error.serviceCode(), u"InvalidRequest"_s); // right, but not the upload's algorithm
    r = uploadPart(u"crc"_s, id, 1, body);                // none: computed by the server
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.header("x-amz-checksum-crc32c"), crc);
    r = uploadPart(u"crc"_s, id, 1, body, {{"x-amz-checksum-crc32c", crc}});
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(r.header("x-amz-checksum-crc32c"), crc);
    const QByteArray etag = r.header("ETag");

    HttpRequest list = m_s.request("GET", u"mpu"_s, u"crc"_s);
    list.addQuery("uploadId", id);
    const QByteArray listed = m_s.send(list).body;
    QCOMPARE(element(listed, "ChecksumAlgorithm"), QByteArray("CRC32C"));
    QCOMPARE(element(listed, "ChecksumCRC32C"), crc);

    const auto completeWith = [&](const QByteArray &checksumElement) {
        HttpRequest c = m_s.request("POST", u"mpu"_s, u"crc"_s);
        c.addQuery("uploadId", id);
        c.body = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>" + etag + "</ETag>"
            + checksumElement + "</Part></CompleteMultipartUpload>";
        SendOptions o = m_s.options(&m_s.sigV4);
        o.idempotent = false;
        return m_s.send(c, o);
    };
    QCOMPARE(completeWith({}).error.serviceCode(), u"InvalidRequest"_s); // the CRC is required
    r = completeWith("<ChecksumCRC32C>" + crc32cBase64("12345678") + "</ChecksumCRC32C>");
    QCOMPARE(r.error.serviceCode(), u"InvalidPart"_s);
    r = completeWith("<ChecksumCRC32C>" + crc + "</ChecksumCRC32C>");
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(m_s.send(m_s.request("GET", u"mpu"_s, u"crc"_s)).body, body);
    // The object's checksum is S3's COMPOSITE one, "CRC of the part CRCs-N" (compositeBase64 is
    // checked against python3-crcmod in tst_crc32c), in the completion and, when asked, on HEAD and
    // a whole GET, never on a ranged one.
    const QByteArray composite = Crc32c::compositeBase64({Crc32c::of(body)});
    QVERIFY(composite.endsWith("-1"));
    QCOMPARE(element(r.body, "ChecksumCRC32C"), composite);
    HttpRequest checkedHead = m_s.request("HEAD", u"mpu"_s, u"crc"_s);
    QVERIFY(m_s.send(checkedHead).header("x-amz-checksum-crc32c").isEmpty()); // only when asked for
    checkedHead.setHeader("x-amz-checksum-mode", "ENABLED");
    HttpResponse answer = m_s.send(checkedHead);
    QCOMPARE(answer.header("x-amz-checksum-crc32c"), composite);
    QCOMPARE(answer.header("x-amz-checksum-type"), QByteArray("COMPOSITE"));
    HttpRequest ranged = m_s.request("GET", u"mpu"_s, u"crc"_s);
    ranged.setHeader("x-amz-checksum-mode", "ENABLED");
    ranged.setHeader("Range", "bytes=0-9");
    answer = m_s.send(ranged);
    QCOMPARE(answer.status, 206);
    QVERIFY(answer.header("x-amz-checksum-crc32c").isEmpty());

    // A part copied with UploadPartCopy gets its CRC too, for the completion to name.
    HttpRequest createCopy = m_s.request("POST", u"mpu"_s, u"crc-copy"_s);
    createCopy.addBareQuery("uploads");
    createCopy.setHeader("x-amz-checksum-algorithm", "CRC32C");
    const QByteArray copyId = element(m_s.send(createCopy).body, "UploadId");
    HttpRequest copy = m_s.request("PUT", u"mpu"_s, u"crc-copy"_s);
    copy.addQuery("partNumber", "1");
    copy.addQuery("uploadId", copyId);
    copy.setHeader("x-amz-copy-source", "/mpu/crc");
    r = m_s.send(copy);
    QVERIFY2(r.error.isOk(), qPrintable(r.error.toString()));
    QCOMPARE(element(r.body, "ChecksumCRC32C"), crc);
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

    // A body past the sandbox's 256 KiB kept in memory (written to a file as it comes, its SHA-256
    // taken on the way only when the head asks for it): checked the same way.
    HttpRequest big = m_s.request("PUT", u"mpu"_s, u"checked-big"_s);
    big.body = pattern(2 * 1024 * 1024 + 5, 9);
    big.setHeader("x-amz-checksum-sha256",
        QCryptographicHash::hash(big.body + "x", QCryptographicHash::Sha256).toBase64());
    QCOMPARE(m_s.send(big).error.serviceCode(), u"BadDigest"_s);
    big.setHeader(
        "x-amz-checksum-sha256", QCryptographicHash::hash(big.body, QCryptographicHash::Sha256).toBase64());
    QVERIFY(m_s.send(big).error.isOk());

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

// GET/HEAD ?partNumber=N answers part N of a multipart object as a 206 with its Content-Range and
// x-amz-mp-parts-count (what a client uses to learn an object's part size), kept across a restart.
void TestSandboxMultipart::partNumberAnswersOnePart()
{
    const qint64 MiB = 1024 * 1024;
    const QList<QByteArray> bodies {pattern(5 * MiB, 1), pattern(6 * MiB, 2), pattern(10, 3)};
    const QByteArray id = create(u"by-part"_s);
    QList<std::pair<int, QByteArray>> parts;
    for (int i = 0; i < bodies.size(); ++i) {
        QVERIFY(uploadPart(u"by-part"_s, id, i + 1, bodies[i]).error.isOk());
        parts.append({i + 1, md5(bodies[i]).toHex()});
    }
    QVERIFY(complete(u"by-part"_s, id, parts).error.isOk());
    const qint64 total = 11 * MiB + 10;
    const auto part = [this](const QByteArray &method, const QByteArray &number) {
        HttpRequest r = m_s.request(method, u"mpu"_s, u"by-part"_s);
        r.addQuery("partNumber", number);
        return m_s.send(r);
    };
    for (const bool restarted : {false, true}) {
        if (restarted)
            QVERIFY(m_s.restart());
        HttpResponse r = part("HEAD", "2");
        QCOMPARE(r.status, 206);
        QCOMPARE(r.header("Content-Length"), QByteArray::number(6 * MiB));
        QCOMPARE(r.header("Content-Range"),
            "bytes " + QByteArray::number(5 * MiB) + '-' + QByteArray::number(11 * MiB - 1) + '/'
                + QByteArray::number(total));
        QCOMPARE(r.header("x-amz-mp-parts-count"), QByteArray("3"));
        r = part("GET", "1");
        QCOMPARE(r.status, 206);
        QVERIFY(r.body == bodies[0]);
        r = part("GET", "3");
        QCOMPARE(r.body, bodies[2]);
        QCOMPARE(r.header("Content-Range"),
            "bytes " + QByteArray::number(11 * MiB) + '-' + QByteArray::number(total - 1) + '/'
                + QByteArray::number(total));
    }
    HttpResponse r = part("GET", "4");
    QCOMPARE(r.status, 416);
    QCOMPARE(r.error.serviceCode(), u"InvalidPartNumber"_s);
    QCOMPARE(part("GET", "0").error.serviceCode(), u"InvalidArgument"_s);
    HttpRequest both = m_s.request("GET", u"mpu"_s, u"by-part"_s);
    both.addQuery("partNumber", "1");
    both.setHeader("Range", "bytes=0-9");
    QCOMPARE(m_s.send(both).error.serviceCode(), u"InvalidRequest"_s);

    // An object stored in one PUT: part 1 is all of it, there is no part 2.
    HttpRequest put = m_s.request("PUT", u"mpu"_s, u"whole"_s);
    put.body = "in one piece";
    QVERIFY(m_s.send(put).error.isOk());
    HttpRequest first = m_s.request("GET", u"mpu"_s, u"whole"_s);
    first.addQuery("partNumber", "1");
    r = m_s.send(first);
    QCOMPARE(r.body, QByteArray("in one piece"));
    QVERIFY(r.header("x-amz-mp-parts-count").isEmpty());
    HttpRequest second = m_s.request("GET", u"mpu"_s, u"whole"_s);
    second.addQuery("partNumber", "2");
    QCOMPARE(m_s.send(second).status, 416);
}

QTEST_GUILESS_MAIN(TestSandboxMultipart)
#include "tst_sandboxmultipart.moc"
