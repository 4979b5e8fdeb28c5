// SPDX-License-Identifier: GPL-3.0-or-later
// How a Download proves the file it wrote is the object: by the object's CRC32C (S3's COMPOSITE
// "CRC of the part CRCs-N" of a multipart upload made with CRC32C parts), taken from the ranges as
// they arrive, with ranges cut at part boundaries; and DownloadCrc on its own (pieces out of order,
// late pieces of an abandoned attempt, a resumed prefix read back). Against the in-process sandbox,
// which keeps part checksums as S3 does (tst_sandboxmultipart). The expected composite values are
// computed here from the source bytes with Crc32c::of and compositeBase64, both checked against
// python3-crcmod in tst_crc32c.
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "clouds/profilepresets.h"
#include "faultrules.h"
#include "s3/completemultipartuploadjob.h"
#include "s3/crc32c.h"
#include "s3/createbucketjob.h"
#include "s3/createmultipartuploadjob.h"
#include "s3/headobjectjob.h"
#include "s3/s3client.h"
#include "s3/uploadpartjob.h"
#include "s3testsupport.h"
#include "sandboxserver.h"
#include "transfer/download.h"
#include "transfer/downloadcrc.h"
#include "transfer/upload.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QByteArray compositeOf(const QByteArray &data, qint64 partSize)
{
    QList<quint32> parts;
    for (qint64 offset = 0; offset < data.size(); offset += partSize)
        parts.append(Crc32c::of(data.mid(offset, partSize)));
    return Crc32c::compositeBase64(parts);
}

} // namespace

class TestDownloadVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void multipartObjectIsCheckedByItsCompositeCrc_data();
    void multipartObjectIsCheckedByItsCompositeCrc();
    void damagedRangeIsFetchedAgain_data();
    void damagedRangeIsFetchedAgain();
    void rangeDamagedEveryTimeFailsAndLeavesNothing();
    void damagedResumedPrefixIsCaught();
    void piecesOutOfOrderAreReadBack();
    void lateAndAbandonedPiecesDoNotCount();
    void uncheckableHeadsGiveNoCrc();
    void foreignMultipartObjectIsCheckedByItsLearntPartSize();
    void partsOfOtherSizesAreCheckedBySizeOnly();

private:
    void setFaults(const QByteArray &json);
    QByteArray uploadMultipart(const QString &key, qint64 size, qint64 partSize);
    // As another tool uploads: parts of these sizes, no checksum algorithm, no part size recorded.
    QByteArray uploadForeign(const QString &key, const QList<qint64> &partSizes);
    DownloadResult download(const QString &key, const QString &target, const DownloadOptions &options);
    // A download in ranges of `chunk` bytes while `faultRules` apply (then none).
    DownloadResult downloadWithFaults(
        const QString &key, const QString &target, qint64 chunk, const QByteArray &faultRules);
    SandboxFixture m_sandbox;
    std::unique_ptr<S3Client> m_client;
    QTemporaryDir m_dir;
};

void TestDownloadVerify::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QVERIFY(m_dir.isValid());
    m_client = std::make_unique<S3Client>(
        &m_sandbox.transport(), ProfilePresets::sandbox(m_sandbox.port()), SandboxFixture::credentials());
    QVERIFY(runJob(m_client->createBucket({u"files"_s, {}})).error.isOk());
}

void TestDownloadVerify::setFaults(const QByteArray &json)
{
    QString error;
    const FaultRules rules = FaultRules::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_sandbox.server().setFaultRules(rules);
}

QByteArray TestDownloadVerify::uploadMultipart(const QString &key, qint64 size, qint64 partSize)
{
    const QByteArray data = patternBytes(size, quint32(size ^ partSize));
    const QString source = m_dir.filePath(u"source.bin"_s);
    if (!writeFile(source, data))
        return {};
    UploadOptions options;
    options.multipartThreshold = partSize;
    options.partSize = partSize;
    const UploadResult sent
        = waitForJob<Upload, UploadResult>(new Upload(m_client.get(), source, u"files"_s, key, options));
    if (!sent.error.isOk() || sent.parts < 1)
        return {};
    return data;
}

QByteArray TestDownloadVerify::uploadForeign(const QString &key, const QList<qint64> &partSizes)
{
    qint64 total = 0;
    for (const qint64 size : partSizes)
        total += size;
    const QByteArray data = patternBytes(total, quint32(total));
    const auto created = runJob(m_client->createMultipartUpload({u"files"_s, key, {}, {}, {}}));
    if (!created.error.isOk())
        return {};
    QList<PartEntry> parts;
    qint64 offset = 0;
    for (int i = 0; i < partSizes.size(); ++i) {
        UploadPartRequest part;
        part.bucket = u"files"_s;
        part.key = key;
        part.uploadId = created.upload.uploadId;
        part.partNumber = i + 1;
        part.data = data.mid(offset, partSizes[i]);
        offset += partSizes[i];
        const auto sent = runJob(m_client->uploadPart(part));
        if (!sent.error.isOk())
            return {};
        parts.append({sent.partNumber, sent.etag, part.data.size(), {}, {}});
    }
    const auto done
        = runJob(m_client->completeMultipartUpload({u"files"_s, key, created.upload.uploadId, parts}));
    return done.error.isOk() ? data : QByteArray();
}

DownloadResult TestDownloadVerify::download(
    const QString &key, const QString &target, const DownloadOptions &options)
{
    return waitForJob<Download, DownloadResult>(
        new Download(m_client.get(), {u"files"_s, key, target, m_dir.path()}, options));
}

DownloadResult TestDownloadVerify::downloadWithFaults(
    const QString &key, const QString &target, qint64 chunk, const QByteArray &faultRules)
{
    setFaults(faultRules);
    DownloadOptions options;
    options.chunkSize = chunk;
    const DownloadResult got = download(key, target, options);
    setFaults("[]");
    return got;
}

void TestDownloadVerify::multipartObjectIsCheckedByItsCompositeCrc_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("ranges smaller than parts, not dividing them") << 16 * kMiB + 5 << 3 * kMiB;
    QTest::newRow("ranges as large as parts") << 10 * kMiB << 5 * kMiB;
    QTest::newRow("ranges larger than parts") << 12 * kMiB + 1 << 8 * kMiB;
    QTest::newRow("one range") << 11 * kMiB << 64 * kMiB;
}

void TestDownloadVerify::multipartObjectIsCheckedByItsCompositeCrc()
{
    QFETCH(qint64, size);
    QFETCH(qint64, chunk);
    const qint64 partSize = 5 * kMiB;
    const QString key = u"crc/"_s + QString::fromLatin1(QTest::currentDataTag());
    const QByteArray data = uploadMultipart(key, size, partSize);
    QVERIFY(!data.isEmpty());
    // The cloud gives the object's composite CRC, as computed here from the bytes.
    const HeadObjectResult head = runJob(m_client->headObject({u"files"_s, key}));
    QVERIFY(head.error.isOk());
    QCOMPARE(head.head.checksumCrc32c, compositeOf(data, partSize));
    QVERIFY(head.head.plainMd5().isEmpty());

    const QString target = m_dir.filePath(u"down/crc.bin"_s);
    DownloadOptions options;
    options.chunkSize = chunk;
    const DownloadResult got = download(key, target, options);
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.verified);
    QVERIFY(readFile(target) == data);
    QVERIFY(!QFile::exists(Download::partPath(target)));
}

// One ranged answer goes wrong once and the range comes again from its start, over what the first
// attempt wrote: a flipped byte (only the CRC can tell: size, ETag and status are right), or an
// answer cut off after 1 MiB + 100 bytes.
void TestDownloadVerify::damagedRangeIsFetchedAgain_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<QByteArray>("fault");
    QTest::newRow("flipped") << 12 * kMiB << 2 * kMiB << QByteArray(R"("action": "corrupt", "offset": 1000)");
    QTest::newRow("cut") << 12 * kMiB + 777 << 4 * kMiB
                         << QByteArray(R"("action": "resetAfterBody", "bytes": 1048676)");
}

void TestDownloadVerify::damagedRangeIsFetchedAgain()
{
    QFETCH(qint64, size);
    QFETCH(qint64, chunk);
    QFETCH(QByteArray, fault);
    const QString key = u"crc/once-"_s + QString::fromLatin1(QTest::currentDataTag());
    const QByteArray data = uploadMultipart(key, size, 5 * kMiB);
    QVERIFY(!data.isEmpty());
    const QString target = m_dir.filePath(u"down/%1.bin"_s.arg(QTest::currentDataTag()));
    const DownloadResult got = downloadWithFaults(key,
        target,
        chunk,
        R"([{"method": "GET", "glob": "/files/)" + key.toUtf8() + R"(", "nth": 2, )" + fault + "}]");
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.verified);
    QVERIFY(readFile(target) == data);
}

void TestDownloadVerify::rangeDamagedEveryTimeFailsAndLeavesNothing()
{
    const QString key = u"crc/flipped-always"_s;
    QVERIFY(!uploadMultipart(key, 11 * kMiB, 5 * kMiB).isEmpty());
    const QString target = m_dir.filePath(u"down/flipped-always.bin"_s);
    QVERIFY(writeFile(target, "the old file"));
    // Every ranged answer has its byte 7 flipped, however often it is asked for again.
    const DownloadResult got = downloadWithFaults(key,
        target,
        3 * kMiB,
        R"json([{"method": "GET", "glob": "/files/crc/flipped-always", "from": 1, "action": "corrupt",
        "offset": 7}])json");
    QVERIFY(!got.error.isOk());
    QVERIFY2(got.error.toString().contains(u"CRC32C"_s), qPrintable(got.error.toString()));
    QCOMPARE(readFile(target), QByteArray("the old file"));
    QVERIFY(!QFile::exists(Download::partPath(target)));
}

// A resume trusts NAME.part's first bytes only as far as the CRC: they are read back and checked
// with the rest, and a damaged prefix makes the whole object come again.
void TestDownloadVerify::damagedResumedPrefixIsCaught()
{
    const QString key = u"crc/resumed"_s;
    const QByteArray data = uploadMultipart(key, 13 * kMiB, 5 * kMiB);
    QVERIFY(!data.isEmpty());
    const HeadObjectResult head = runJob(m_client->headObject({u"files"_s, key}));
    QVERIFY(head.error.isOk());
    for (const bool damaged : {false, true}) {
        const QString target = m_dir.filePath(u"down/resumed-%1.bin"_s.arg(damaged));
        QByteArray prefix = data.first(7 * kMiB + 3); // across the first part boundary
        if (damaged)
            prefix[6 * kMiB] = char(prefix[6 * kMiB] ^ 0x40);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(writeFile(Download::partPath(target), prefix));
        DownloadOptions options;
        options.chunkSize = 2 * kMiB;
        options.resume = {head.head.etag, head.head.size, prefix.size()};
        const DownloadResult got = download(key, target, options);
        QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
        QVERIFY(got.verified);
        QVERIFY(readFile(target) == data);
        // Undamaged, the prefix was not fetched again; damaged, everything was.
        QCOMPARE(got.bytesResumed, damaged ? qint64(0) : prefix.size());
    }
}

void TestDownloadVerify::piecesOutOfOrderAreReadBack()
{
    const QByteArray data = patternBytes(3 * kMiB + 11, 5);
    const QString path = m_dir.filePath(u"pieces.bin"_s);
    QVERIFY(writeFile(path, data));
    ObjectHead head;
    head.size = data.size();
    head.checksumCrc32c = compositeOf(data, kMiB);
    const std::shared_ptr<DownloadCrc> crc = DownloadCrc::forObject(head, kMiB);
    QVERIFY(crc);
    const QList<DownloadCrc::Range> ranges = crc->layout(0, 600 * 1024);
    // Cut at every part boundary: 1 MiB = 600 KiB + 424 KiB, three times, then the 11-byte tail.
    QCOMPARE(ranges.size(), 7);
    for (const DownloadCrc::Range &r : ranges)
        QCOMPARE(r.offset / kMiB, (r.offset + r.length - 1) / kMiB);
    for (int i = 0; i < ranges.size(); ++i) {
        const QByteArray bytes = data.mid(ranges[i].offset, ranges[i].length);
        if (i == 2) { // second half first: not in order, so read back from the file
            crc->observe(i, 0, 100, QByteArrayView(bytes).sliced(100));
            crc->observe(i, 0, 0, QByteArrayView(bytes).first(100));
        } else {
            crc->observe(i, 0, 0, bytes);
        }
    }
    QString problem;
    QVERIFY(crc->check(path, &problem));
    QVERIFY(problem.isEmpty());
    // The out-of-order range really is read from the file: damage it there and the check fails.
    QByteArray damaged = data;
    damaged[ranges[2].offset + 5] = char(damaged[ranges[2].offset + 5] ^ 1);
    QVERIFY(writeFile(path, damaged));
    QVERIFY(!crc->check(path, &problem));
    QVERIFY(problem.isEmpty());
    QVERIFY(!crc->check(m_dir.filePath(u"missing.bin"_s), &problem));
    QVERIFY(!problem.isEmpty());
}

void TestDownloadVerify::lateAndAbandonedPiecesDoNotCount()
{
    const QByteArray data = patternBytes(2 * kMiB, 9);
    ObjectHead head;
    head.size = data.size();
    head.checksumCrc32c = Crc32c::toBase64(Crc32c::of(data)); // a whole-object CRC
    const std::shared_ptr<DownloadCrc> crc = DownloadCrc::forObject(head, 0);
    QVERIFY(crc);
    const QList<DownloadCrc::Range> ranges = crc->layout(0, kMiB);
    QCOMPARE(ranges.size(), 2);
    const QByteArray first = data.first(kMiB);
    QByteArray garbage = first;
    garbage[10] = 'x';
    crc->observe(0, 1, 0, QByteArrayView(garbage).first(4096));     // attempt 1 begins, goes wrong
    crc->observe(0, 2, 0, first);                                   // attempt 2, whole and right
    crc->observe(0, 1, 4096, QByteArrayView(garbage).sliced(4096)); // attempt 1's late rest
    crc->observe(1, 0, 0, data.sliced(kMiB));
    QString problem;
    QVERIFY(crc->check(m_dir.filePath(u"never-read.bin"_s), &problem)); // nothing read back
    // The same with the wrong bytes kept: the check fails.
    crc->layout(0, kMiB);
    crc->observe(0, 0, 0, garbage);
    crc->observe(1, 0, 0, data.sliced(kMiB));
    QVERIFY(!crc->check(m_dir.filePath(u"never-read.bin"_s), &problem));
}

void TestDownloadVerify::uncheckableHeadsGiveNoCrc()
{
    ObjectHead head;
    head.size = 10 * kMiB;
    QVERIFY(!DownloadCrc::forObject(head, 5 * kMiB)); // no checksum
    head.checksumCrc32c = "AAAAAA==-2";
    QVERIFY(DownloadCrc::forObject(head, 5 * kMiB));
    QVERIFY(!DownloadCrc::forObject(head, 0));        // part size unknown
    QVERIFY(!DownloadCrc::forObject(head, 4 * kMiB)); // would be 3 parts, not 2
    head.checksumCrc32c = "not base64!-2";
    QVERIFY(!DownloadCrc::forObject(head, 5 * kMiB));
    head.checksumCrc32c = "AAAA-2"; // 3 bytes
    QVERIFY(!DownloadCrc::forObject(head, 5 * kMiB));
}

// An object another tool uploaded in parts of one size: no part size in its metadata, no CRC. The
// part size comes from HEAD ?partNumber=1, and the multipart ETag is checked with it: a range with a
// flipped byte is caught (without the check it would be kept: size, status and ETag are right).
void TestDownloadVerify::foreignMultipartObjectIsCheckedByItsLearntPartSize()
{
    const QString key = u"foreign/uniform"_s;
    const QByteArray data = uploadForeign(key, {5 * kMiB, 5 * kMiB, 2 * kMiB + 7});
    QVERIFY(!data.isEmpty());
    const HeadObjectResult head = runJob(m_client->headObject({u"files"_s, key}));
    QVERIFY(head.head.etag.endsWith("-3\""));
    QVERIFY(head.head.checksumCrc32c.isEmpty());
    QVERIFY(head.head.metadata.isEmpty());
    const QString target = m_dir.filePath(u"down/uniform.bin"_s);
    const DownloadResult got = downloadWithFaults(key,
        target,
        2 * kMiB,
        R"json([{"method": "GET", "glob": "/files/foreign/uniform", "nth": 3, "action": "corrupt",
        "offset": 4096}])json");
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(got.verified);
    QVERIFY(readFile(target) == data);
}

// Parts of other sizes (5, 6 and 1 MiB): the guess (5 MiB, 3 parts) gives another ETag, and the
// same one again after a second download, so the file is kept, checked by size only; damage would
// not repeat itself.
void TestDownloadVerify::partsOfOtherSizesAreCheckedBySizeOnly()
{
    const QString key = u"foreign/mixed"_s;
    const QByteArray data = uploadForeign(key, {5 * kMiB, 6 * kMiB, 1 * kMiB});
    QVERIFY(!data.isEmpty());
    const QString target = m_dir.filePath(u"down/mixed.bin"_s);
    DownloadOptions options;
    options.chunkSize = 4 * kMiB;
    const DownloadResult got = download(key, target, options);
    QVERIFY2(got.error.isOk(), qPrintable(got.error.toString()));
    QVERIFY(!got.verified);
    QVERIFY(readFile(target) == data);
}

QTEST_GUILESS_MAIN(TestDownloadVerify)
#include "tst_downloadverify.moc"
