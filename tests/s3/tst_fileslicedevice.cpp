// SPDX-License-Identifier: GPL-3.0-or-later
// FileSliceDevice, the body of a PUT or a part, read the way Qt reads it (16 KiB at a time, waiting
// for readyRead() when a read finds nothing yet), in both modes: Direct (the CLI) and Ahead (the GUI
// thread, reads on worker threads). The expected bytes are the file's own.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "s3/fileslicedevice.h"

using namespace Qt::StringLiterals;

namespace {

struct Drained
{
    QByteArray bytes;
    bool failed = false;
    QString error;
};

// Reads until the end, an error, or 10 s without progress; `after` runs once after the first read.
Drained drain(FileSliceDevice &device, const std::function<void()> &after = {})
{
    Drained d;
    QSignalSpy ready(&device, &QIODevice::readyRead);
    bool first = true;
    while (!device.atEnd()) {
        char buffer[16 * 1024];
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n < 0) {
            d.failed = true;
            d.error = device.errorString();
            break;
        }
        d.bytes.append(buffer, n);
        if (first && after) {
            first = false;
            after();
        }
        if (n == 0 && !ready.wait(10000)) {
            d.failed = true;
            d.error = u"no readyRead() within 10 s"_s;
            break;
        }
    }
    return d;
}

QByteArray pattern(qint64 size)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x);
    }
    return b;
}

} // namespace

class TestFileSliceDevice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsTheSlice_data();
    void readsTheSlice();
    void seekToStartReadsAgain_data();
    void seekToStartReadsAgain();
    void shrinkingFileEndsWithAnError_data();
    void shrinkingFileEndsWithAnError();
    void shortFileDoesNotOpen();

private:
    void addModes();
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_data;
};

void TestFileSliceDevice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"file.bin"_s);
    m_data = pattern(3 * 1024 * 1024 + 123);
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(m_data), qint64(m_data.size()));
}

void TestFileSliceDevice::addModes()
{
    QTest::addColumn<FileSliceDevice::Reads>("reads");
    QTest::newRow("direct") << FileSliceDevice::Reads::Direct;
    QTest::newRow("ahead") << FileSliceDevice::Reads::Ahead;
}

void TestFileSliceDevice::readsTheSlice_data()
{
    addModes();
}

void TestFileSliceDevice::readsTheSlice()
{
    QFETCH(FileSliceDevice::Reads, reads);
    // unaligned offset and length, across several 256 KiB windows
    const qint64 offset = 1000, length = 2 * 1024 * 1024 + 77;
    FileSliceDevice device(m_path, offset, length, nullptr, reads);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(device.size(), length);
    const Drained d = drain(device);
    QVERIFY2(!d.failed, qPrintable(d.error));
    QVERIFY(d.bytes == m_data.mid(offset, length));
}

void TestFileSliceDevice::seekToStartReadsAgain_data()
{
    addModes();
}

void TestFileSliceDevice::seekToStartReadsAgain()
{
    QFETCH(FileSliceDevice::Reads, reads);
    FileSliceDevice device(m_path, 4096, 600 * 1024, nullptr, reads);
    QVERIFY(device.open(QIODevice::ReadOnly));
    char buffer[100 * 1024];
    qint64 got = 0;
    QSignalSpy ready(&device, &QIODevice::readyRead);
    while (got < qint64(sizeof buffer)) { // part of the way, as a request cut short
        const qint64 n = device.read(buffer, sizeof buffer - got);
        QVERIFY(n >= 0);
        got += n;
        if (n == 0)
            QVERIFY(ready.wait(10000));
    }
    QVERIFY(device.reset()); // what Qt calls before it sends the body again
    QCOMPARE(device.pos(), qint64(0));
    const Drained d = drain(device);
    QVERIFY2(!d.failed, qPrintable(d.error));
    QVERIFY(d.bytes == m_data.mid(4096, 600 * 1024));
}

void TestFileSliceDevice::shrinkingFileEndsWithAnError_data()
{
    addModes();
}

void TestFileSliceDevice::shrinkingFileEndsWithAnError()
{
    QFETCH(FileSliceDevice::Reads, reads);
    const QString path = m_dir.filePath(u"shrinks-%1.bin"_s.arg(int(reads)));
    QVERIFY(QFile::copy(m_path, path));
    FileSliceDevice device(path, 0, m_data.size(), nullptr, reads);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const Drained d = drain(device, [&] { QVERIFY(QFile::resize(path, 512 * 1024)); });
    QVERIFY(d.failed);
    QVERIFY2(d.error.contains(u"became shorter while it was read"_s), qPrintable(d.error));
    QVERIFY(d.bytes.size() <= 512 * 1024 + 256 * 1024); // what was read before the cut, at most
    QVERIFY(d.bytes == m_data.left(d.bytes.size()));
}

void TestFileSliceDevice::shortFileDoesNotOpen()
{
    for (const auto reads : {FileSliceDevice::Reads::Direct, FileSliceDevice::Reads::Ahead}) {
        FileSliceDevice device(m_path, 1, m_data.size(), nullptr, reads);
        QVERIFY(!device.open(QIODevice::ReadOnly));
        QVERIFY(device.errorString().contains(u"shorter than expected"_s));
        FileSliceDevice missing(m_dir.filePath(u"missing"_s), 0, 10, nullptr, reads);
        QVERIFY(!missing.open(QIODevice::ReadOnly));
    }
}

QTEST_GUILESS_MAIN(TestFileSliceDevice)
#include "tst_fileslicedevice.moc"
