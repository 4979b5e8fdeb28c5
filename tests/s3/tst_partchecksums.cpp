// SPDX-License-Identifier: GPL-3.0-or-later
// What a multipart upload sends for part integrity, read off the wire of a scripted server: for a
// provider that verifies flexible checksums (the sandbox here) x-amz-checksum-algorithm on the
// Create, x-amz-checksum-crc32c and no Content-MD5 on each part, <ChecksumCRC32C> per part in the
// completion; for a generic S3-compatible store (radosgw ignores the checksum headers) Content-MD5
// and none of those. That the sandbox checks them is in tst_sandboxmultipart.
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "clouds/adhocprofile.h"
#include "s3/crc32c.h"
#include "s3/s3client.h"
#include "s3testsupport.h"
#include "scriptedhttpserver.h"
#include "transfer/upload.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

class TestPartChecksums : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capabilityByProvider_data();
    void capabilityByProvider();
    void multipartUploadSends_data();
    void multipartUploadSends();
};

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// base64 of the CRC's four bytes, most significant first (S3's form), written out here rather than
// taken from Crc32c::toBase64.
QByteArray crcBase64(const QByteArray &bytes)
{
    uchar raw[4];
    qToBigEndian(Crc32c::of(bytes), raw);
    return QByteArray(reinterpret_cast<const char *>(raw), 4).toBase64();
}

// Just enough S3 for one multipart upload: ids, part ETags (MD5 of the body received), a completion
// with an "…-N" ETag; HEAD is refused (the upload then keeps the completion's word).
ScriptedHttpServer::Reply answer(const ScriptedHttpServer::Request &r)
{
    if (r.method == "POST" && r.target.endsWith("?uploads"))
        return ScriptedHttpServer::respond(200,
            "<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</Key><UploadId>U1</UploadId>"
            "</InitiateMultipartUploadResult>");
    if (r.method == "PUT")
        return ScriptedHttpServer::respond(200,
            {},
            {{"ETag", '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toHex() + '"'}});
    if (r.method == "POST")
        return ScriptedHttpServer::respond(200,
            "<CompleteMultipartUploadResult><Bucket>b</Bucket><Key>k</Key>"
            "<ETag>\"0123456789abcdef0123456789abcdef-3\"</ETag></CompleteMultipartUploadResult>");
    return ScriptedHttpServer::respond(403);
}

} // namespace

void TestPartChecksums::capabilityByProvider_data()
{
    QTest::addColumn<CloudProvider>("provider");
    QTest::addColumn<bool>("crc32c");
    QTest::newRow("AWS") << CloudProvider::Aws << true;
    QTest::newRow("sandbox") << CloudProvider::Sandbox << true;
    QTest::newRow("S3-compatible (radosgw, MinIO…)") << CloudProvider::S3Compatible << false;
    QTest::newRow("GCS") << CloudProvider::Gcs << false;
    QTest::newRow("Internet Archive") << CloudProvider::InternetArchive << false;
    QTest::newRow("Eucalyptus") << CloudProvider::Eucalyptus << false;
}

void TestPartChecksums::capabilityByProvider()
{
    QFETCH(CloudProvider, provider);
    QFETCH(bool, crc32c);
    CloudProfile profile;
    profile.provider = provider;
    QCOMPARE(profile.verifiesPartCrc32c(), crc32c);
}

void TestPartChecksums::multipartUploadSends_data()
{
    QTest::addColumn<CloudProvider>("provider");
    QTest::addColumn<bool>("crc32c");
    QTest::newRow("sandbox: CRC32C") << CloudProvider::Sandbox << true;
    QTest::newRow("S3-compatible: Content-MD5") << CloudProvider::S3Compatible << false;
}

void TestPartChecksums::multipartUploadSends()
{
    QFETCH(CloudProvider, provider);
    QFETCH(bool, crc32c);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler(answer);
    QString error;
    const std::optional<CloudProfile> profile
        = AdHocProfile::make(provider, u"http://127.0.0.1:%1"_s.arg(server.port()), u"us-east-1"_s, &error);
    QVERIFY2(profile, qPrintable(error));
    HttpTransport transport;
    S3Client client(&transport, *profile, Credentials("AKIDPARTS", "part-checksum-test-secret"));

    QTemporaryDir dir;
    const QByteArray data = patternBytes(10 * kMiB + 3, 11);
    const QString path = dir.filePath(u"file.bin"_s);
    QVERIFY(writeFile(path, data));
    UploadOptions options;
    options.multipartThreshold = 5 * kMiB;
    options.partSize = 5 * kMiB;
    options.parallelParts = 1;
    const UploadResult result
        = waitForJob<Upload, UploadResult>(new Upload(&client, path, u"b"_s, u"k"_s, options));
    QVERIFY2(result.error.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.parts, 3);

    QList<QByteArray> partCrcs;
    int puts = 0;
    bool completed = false;
    for (const ScriptedHttpServer::Request &r : server.requests()) {
        if (r.method == "POST" && r.target.endsWith("?uploads")) {
            QCOMPARE(r.header("x-amz-checksum-algorithm"), crc32c ? QByteArray("CRC32C") : QByteArray());
        } else if (r.method == "PUT") {
            const QByteArray slice = data.mid(puts * 5 * kMiB, 5 * kMiB);
            QCOMPARE(r.body, slice);
            const QByteArray md5 = QCryptographicHash::hash(slice, QCryptographicHash::Md5).toBase64();
            QCOMPARE(r.header("Content-MD5"), crc32c ? QByteArray() : md5);
            QCOMPARE(r.header("x-amz-checksum-crc32c"), crc32c ? crcBase64(slice) : QByteArray());
            partCrcs.append(crcBase64(slice));
            ++puts;
        } else if (r.method == "POST") {
            completed = true;
            for (const QByteArray &crc : std::as_const(partCrcs))
                QCOMPARE(r.body.contains("<ChecksumCRC32C>" + crc + "</ChecksumCRC32C>"), crc32c);
            QCOMPARE(r.body.contains("Checksum"), crc32c);
        }
    }
    QCOMPARE(puts, 3);
    QVERIFY(completed);
}

QTEST_GUILESS_MAIN(TestPartChecksums)
#include "tst_partchecksums.moc"
