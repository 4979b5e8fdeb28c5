// SPDX-License-Identifier: GPL-3.0-or-later
// Crc32c (core/s3/crc32c.h): published vectors, the SSE4.2 path against the table path at every
// short length and alignment, and values from python3-crcmod for long patterned buffers.
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include "s3/bodydigest.h"
#include "s3/crc32c.h"

class TestCrc32c : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownVectors_data();
    void knownVectors();
    void pathsAgreeAtEveryLengthAndAlignment();
    void extendsInPieces();
    void base64IsBigEndian();
    void combinesPiecesCheckedApart();
    void compositeOfParts();
    void throughput();
};

namespace {

QByteArray patterned(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + 7) & 0xff);
    return bytes;
}

} // namespace

void TestCrc32c::knownVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint32>("crc");
    QByteArray increasing(32, '\0');
    QByteArray decreasing(32, '\0');
    for (int i = 0; i < 32; ++i) {
        increasing[i] = char(i);
        decreasing[i] = char(31 - i);
    }
    // RFC 3720 (iSCSI) appendix B.4.
    QTest::newRow("RFC 3720: 32 bytes of 0") << QByteArray(32, '\0') << 0x8A9136AAu;
    QTest::newRow("RFC 3720: 32 bytes of 0xff") << QByteArray(32, '\xff') << 0x62A8AB43u;
    QTest::newRow("RFC 3720: incrementing") << increasing << 0x46DD794Eu;
    QTest::newRow("RFC 3720: decrementing") << decreasing << 0x113FDB5Cu;
    // The CRC catalogue's check value for CRC-32/ISCSI.
    QTest::newRow("123456789") << QByteArray("123456789") << 0xE3069283u;
    QTest::newRow("empty") << QByteArray() << 0u;
    // python3-crcmod: crcmod.predefined.mkCrcFun('crc-32c') over bytes((i * 31 + 7) & 0xff).
    QTest::newRow("crcmod: 122,957 patterned (3-way blocks and a tail)") << patterned(122957) << 0x79108B88u;
    QTest::newRow("crcmod: 1,000,003 patterned") << patterned(1000003) << 0xC2884EE5u;
}

void TestCrc32c::knownVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint32, crc);
    QCOMPARE(Crc32c::of(bytes), crc);
    QCOMPARE(Crc32c::extendPortable(0, bytes.constData(), bytes.size()), crc);
}

void TestCrc32c::pathsAgreeAtEveryLengthAndAlignment()
{
    if (!Crc32c::hasHardware())
        qInfo("no SSE4.2 here: both sides are the table path");
    QRandomGenerator random(20261125);
    QByteArray buffer(3 * 8192 * 2 + 64, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(buffer.data()), buffer.size() / 4);
    for (qsizetype start = 0; start < 8; ++start) {
        for (qsizetype length = 0; length <= 300; ++length) {
            const char *data = buffer.constData() + start;
            QCOMPARE(Crc32c::extend(0, data, length), Crc32c::extendPortable(0, data, length));
        }
    }
    // Around the interleaved block sizes (3 × 256 and 3 × 8192 bytes).
    for (qsizetype length : {767, 768, 769, 1543, 24575, 24576, 24577, 49151, 49159}) {
        for (qsizetype start = 0; start < 8; ++start) {
            const char *data = buffer.constData() + start;
            QCOMPARE(Crc32c::extend(0, data, length), Crc32c::extendPortable(0, data, length));
        }
    }
}

void TestCrc32c::extendsInPieces()
{
    const QByteArray bytes = patterned(100000);
    const quint32 whole = Crc32c::of(bytes);
    for (qsizetype cut : {0, 1, 7, 8, 9, 768, 24576, 50001, 99999, 100000}) {
        const quint32 first = Crc32c::extend(0, bytes.constData(), cut);
        QCOMPARE(Crc32c::extend(first, bytes.constData() + cut, bytes.size() - cut), whole);
        QCOMPARE(Crc32c::extendPortable(first, bytes.constData() + cut, bytes.size() - cut), whole);
    }
}

void TestCrc32c::base64IsBigEndian()
{
    // 0xE3069283 → bytes e3 06 92 83; python3: base64.b64encode(bytes.fromhex('e3069283')).
    QCOMPARE(Crc32c::toBase64(0xE3069283u), QByteArray("4waSgw=="));
    QCOMPARE(Crc32c::toBase64(0), QByteArray("AAAAAA=="));
}

void TestCrc32c::combinesPiecesCheckedApart()
{
    const QByteArray bytes = patterned(300001);
    const quint32 whole = Crc32c::of(bytes);
    for (qsizetype cut : {0, 1, 7, 8, 9, 255, 256, 8192, 150000, 300000, 300001}) {
        const quint32 first = Crc32c::of(bytes.first(cut));
        const quint32 second = Crc32c::of(bytes.sliced(cut));
        QCOMPARE(Crc32c::combine(first, second, bytes.size() - cut), whole);
    }
    // Three pieces, joined left to right and right to left.
    const quint32 a = Crc32c::of(bytes.first(1000));
    const quint32 b = Crc32c::of(bytes.sliced(1000, 99000));
    const quint32 c = Crc32c::of(bytes.sliced(100000));
    QCOMPARE(Crc32c::combine(Crc32c::combine(a, b, 99000), c, bytes.size() - 100000), whole);
    QCOMPARE(Crc32c::combine(a, Crc32c::combine(b, c, bytes.size() - 100000), bytes.size() - 1000), whole);
    // A length past 4 GiB only moves the operator further (no 32-bit overflow): checked against
    // appending zero bytes in steps.
    const QByteArray zeros(1 << 20, '\0');
    quint32 slow = Crc32c::of("abc");
    for (int i = 0; i < 4100; ++i)
        slow = Crc32c::extend(slow, zeros.constData(), zeros.size());
    QCOMPARE(Crc32c::combine(Crc32c::of("abc"), Crc32c::of(QByteArray(0, '\0')), 0), Crc32c::of("abc"));
    const quint32 zeroCrc = [&] {
        quint32 z = 0;
        for (int i = 0; i < 4100; ++i)
            z = Crc32c::extend(z, zeros.constData(), zeros.size());
        return z;
    }();
    QCOMPARE(Crc32c::combine(Crc32c::of("abc"), zeroCrc, qint64(4100) << 20), slow);
}

void TestCrc32c::compositeOfParts()
{
    // python3-crcmod: f = crcmod.predefined.mkCrcFun('crc-32c'); a, b = f(b'123456789'), f(b'abc');
    // base64.b64encode(struct.pack('>I', f(struct.pack('>II', a, b)))) + '-2'
    QCOMPARE(Crc32c::of("abc"), 0x364B3FB7u);
    QCOMPARE(Crc32c::compositeBase64({Crc32c::of("123456789"), Crc32c::of("abc")}), QByteArray("DmQUGQ==-2"));
    QCOMPARE(Crc32c::compositeBase64({0xE3069283u}),
        Crc32c::toBase64(Crc32c::of(QByteArray::fromHex("e3069283"))) + "-1");
}

// Figures for bench/README.md, by hand: SKYLIGHT_CRC_BENCH=1 tst_crc32c throughput.
void TestCrc32c::throughput()
{
    if (qEnvironmentVariableIsEmpty("SKYLIGHT_CRC_BENCH"))
        QSKIP("set SKYLIGHT_CRC_BENCH=1 to measure 256 MiB");
    const QByteArray bytes = patterned(256 * 1024 * 1024);
    QElapsedTimer timer;
    const auto rate = [&](qint64 ms) {
        return 256.0 * 1.048576 / (double(qMax<qint64>(ms, 1)) / 1000.0);
    };
    timer.start();
    const quint32 fast = Crc32c::of(bytes);
    const qint64 fastMs = timer.restart();
    const quint32 table = Crc32c::extendPortable(0, bytes.constData(), bytes.size());
    const qint64 tableMs = timer.restart();
    const BodyDigest md5 = digestBytes(bytes, false);
    const qint64 md5Ms = timer.elapsed();
    QCOMPARE(fast, table);
    QVERIFY(!md5.md5Hex.isEmpty());
    qInfo(
        "256 MiB: crc32c %s %lld ms (%.0f MB/s), table %lld ms (%.0f MB/s), OpenSSL MD5 %lld ms (%.0f MB/s)",
        Crc32c::hasHardware() ? "SSE4.2" : "table",
        fastMs,
        rate(fastMs),
        tableMs,
        rate(tableMs),
        md5Ms,
        rate(md5Ms));
}

QTEST_GUILESS_MAIN(TestCrc32c)
#include "tst_crc32c.moc"
